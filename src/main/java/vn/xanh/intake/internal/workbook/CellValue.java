package vn.xanh.intake.internal.workbook;

import java.time.LocalDate;

import org.apache.poi.ss.util.CellReference;

/**
 * One non-blank cell as read from a workbook, formulas already replaced by their cached result, text
 * typed in an old Vietnamese font already converted to Unicode ({@code legacyFont} names that font).
 */
public record CellValue(String sheet, int row, int col, Kind kind, String text, double number, LocalDate date,
        String legacyFont) {

    public CellValue(String sheet, int row, int col, Kind kind, String text, double number, LocalDate date) {
        this(sheet, row, col, kind, text, number, date, null);
    }

    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN, ERROR
    }

    /** The cell's address as Excel shows it, such as {@code E12}. */
    public String ref() {
        return ref(row, col);
    }

    /** The address of the cell at this 0-based row and column, such as {@code E12}. */
    static String ref(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** The cell as text, whatever its kind, for labels and names. */
    public String asText() {
        return switch (kind) {
            case TEXT, BOOLEAN, ERROR -> text;
            case NUMBER -> number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
            case DATE -> date.toString();
        };
    }
}
