package vn.xanh.report;

import java.util.ArrayList;
import java.util.List;

/** A report table's columns in order, written by {@link Csv} as a file and by {@link ReportWorkbook} as a sheet. */
record Columns<T>(List<Column<T, ?>> columns) {

    @SafeVarargs
    static <T> Columns<T> of(Column<T, ?>... columns) {
        return new Columns<>(List.of(columns));
    }

    List<String> headings() {
        return columns.stream().map(Column::heading).toList();
    }

    /** The row's values in column order; a value may be null (an empty cell). */
    List<Object> values(T row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (Column<T, ?> column : columns) {
            values.add(column.read(row));
        }
        return values;
    }
}
