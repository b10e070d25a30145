package vn.xanh.report;

import java.util.function.Function;

/**
 * One column of a report table: its heading beside the value it reads from a row. The CSV names a column for
 * machines, the workbook for people; both read the same value, so a column is declared once and renamed.
 */
record Column<T, V>(String heading, Function<? super T, ? extends V> value) {

    static <T, V> Column<T, V> of(String heading, Function<? super T, ? extends V> value) {
        return new Column<>(heading, value);
    }

    /** The same value under another heading, e.g. the workbook's Vietnamese name of a CSV column. */
    Column<T, V> as(String otherHeading) {
        return new Column<>(otherHeading, value);
    }

    /** A column shown from this one's value, e.g. a status's label beside its code. */
    <W> Column<T, W> then(String otherHeading, Function<? super V, ? extends W> shown) {
        return new Column<>(otherHeading, row -> shown.apply(value.apply(row)));
    }

    V read(T row) {
        return value.apply(row);
    }
}
