package vn.xanh.intake.internal.workbook;

import java.util.List;
import java.util.Optional;

/** A sheet's non-blank rows, each with its non-blank cells. */
public record SheetData(String name, List<Row> rows) {

    /**
     * Whether a cell may have been typed in an old font: a large sheet kept as compact rows holds texts
     * and numbers only, so a register's million cells need not be looked at.
     */
    public boolean mayHoldLegacyFont() {
        return !(rows instanceof CompactRows compact) || compact.hasWholeCells();
    }

    public record Row(int index, List<CellValue> cells) {

        public Optional<CellValue> at(int col) {
            return Optional.ofNullable(cellAt(col));
        }

        /** The cell of this column, or null: asked for every column of every row of a register, so no stream. */
        public CellValue cellAt(int col) {
            if (col < cells.size() && cells.get(col).col() == col) {
                return cells.get(col); // a row filled from column A on
            }
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).col() == col) {
                    return cells.get(i);
                }
            }
            return null;
        }

        /** The first non-blank cell right of this column, for "label | value" header lines. */
        public Optional<CellValue> rightOf(int col) {
            return cells.stream().filter(cell -> cell.col() > col).findFirst();
        }
    }
}
