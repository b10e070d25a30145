package vn.xanh.intake.internal;

import java.util.List;
import java.util.Optional;

/** A sheet's non-blank rows, each with its non-blank cells. */
public record SheetData(String name, List<Row> rows) {

    public record Row(int index, List<CellValue> cells) {

        public Optional<CellValue> at(int col) {
            return cells.stream().filter(cell -> cell.col() == col).findFirst();
        }

        /** The first non-blank cell right of this column, for "label | value" header lines. */
        public Optional<CellValue> rightOf(int col) {
            return cells.stream().filter(cell -> cell.col() > col).findFirst();
        }
    }
}
