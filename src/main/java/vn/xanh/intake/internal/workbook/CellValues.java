package vn.xanh.intake.internal.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import vn.xanh.catalog.Names;

/**
 * A cell's value as every reader of a workbook gives it: text in Unicode NFC without surrounding spaces (none
 * when only spaces), a date where the cell's format is a date's, text typed in an old Vietnamese font converted.
 */
final class CellValues {

    private CellValues() {
    }

    /** A text cell as read (converted from an old font, if it was typed in one); null when only spaces. */
    static CellValue text(String sheet, int row, int col, String raw, String legacyFont) {
        String text = Names.nfc(raw).strip();
        if (text.length() > StreamingXlsxReader.MAX_CELL_CHARS) {
            throw StreamingXlsxReader.TooLarge.cell(sheet, CellValue.ref(row, col));
        }
        return text.isEmpty() ? null : new CellValue(sheet, row, col, CellValue.Kind.TEXT, text, 0, null, legacyFont);
    }

    /** A number, or a date when its cell's format is a date's. */
    static CellValue number(String sheet, int row, int col, double number, boolean dateFormatted) {
        if (dateFormatted && DateUtil.isValidExcelDate(number)) {
            LocalDate date = DateUtil.getLocalDateTime(number).toLocalDate();
            return new CellValue(sheet, row, col, CellValue.Kind.DATE, date.toString(), number, date);
        }
        return new CellValue(sheet, row, col, CellValue.Kind.NUMBER, null, number, null);
    }

    static CellValue bool(String sheet, int row, int col, boolean value) {
        return new CellValue(sheet, row, col, CellValue.Kind.BOOLEAN, value ? "TRUE" : "FALSE", 0, null);
    }

    /** An error value such as {@code #DIV/0!}, by its code. */
    static CellValue error(String sheet, int row, int col, int code) {
        String text;
        try {
            text = FormulaError.forInt(code).getString();
        }
        catch (IllegalArgumentException e) {
            text = "#ERROR";
        }
        return new CellValue(sheet, row, col, CellValue.Kind.ERROR, text, 0, null);
    }

    /** A cell's text and, when part of it was typed in an old Vietnamese font, that font's name. */
    record Decoded(String text, String legacyFont) {
    }

    /** Where each formatting run of a cell's text starts, and its font (null: the cell's own). */
    record Runs(int[] starts, String[] fonts) {
    }

    /** The text with each run typed in a TCVN3 or VNI font converted; {@code runs} may be null (one font). */
    static Decoded decode(String text, String cellFont, Runs runs) {
        List<Integer> starts = new ArrayList<>();
        List<String> fonts = new ArrayList<>();
        int count = runs == null ? 0 : runs.starts().length;
        if (count == 0 || runs.starts()[0] > 0) {
            starts.add(0);
            fonts.add(cellFont);
        }
        for (int run = 0; run < count; run++) {
            starts.add(runs.starts()[run]);
            fonts.add(runs.fonts()[run] == null ? cellFont : runs.fonts()[run]);
        }
        StringBuilder out = new StringBuilder();
        String legacyFont = null;
        int at = 0;
        for (int i = 0; i < starts.size(); i++) {
            // A run starting before the last one ended (only a broken file has one) starts where it ended: no text
            // is repeated or lost.
            int start = Math.max(at, Math.min(starts.get(i), text.length()));
            int end = i + 1 < starts.size() ? Math.max(start, Math.min(starts.get(i + 1), text.length())) : text.length();
            at = end;
            String part = text.substring(start, end);
            String font = fonts.get(i);
            java.util.Optional<LegacyEncoding> encoding = LegacyEncoding.ofFont(font);
            if (encoding.isPresent() && encoding.get().changes(part)) {
                String converted = encoding.get().decode(part);
                out.append(LegacyEncoding.capitalsOnly(font) ? converted.toUpperCase(java.util.Locale.forLanguageTag("vi"))
                        : converted);
                legacyFont = font;
            }
            else {
                out.append(part);
            }
        }
        return new Decoded(out.toString(), legacyFont);
    }
}
