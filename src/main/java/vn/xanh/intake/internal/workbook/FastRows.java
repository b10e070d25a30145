package vn.xanh.intake.internal.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

import vn.xanh.catalog.Names;

/**
 * A sheet's rows from fastexcel-reader as they are turned into the same cells POI's readers give: formulas
 * by their cached result, dates by their number format, texts composed (NFC) and stripped, the size limits
 * kept.
 */
final class FastRows {

    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#BUSY!",
            "#PYTHON!");

    private final String name;
    /** A list of row objects, or for a large sheet {@link CompactRows}, which keeps its own short texts once. */
    private final List<SheetData.Row> rows;
    /** A register repeats "x" and "Có" a hundred thousand times: keep one copy of each short text. */
    private final Map<String, String> shortTexts = new HashMap<>();
    /** Whether a number format shows a date: asked of POI once per format, not once per number. */
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();

    private FastRows(String name, List<SheetData.Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** A small sheet's rows, held as objects. */
    static FastRows of(String name) {
        return new FastRows(name, new ArrayList<>());
    }

    /** A large sheet's rows, held in arrays ({@link CompactRows}). */
    static FastRows compact(String name) {
        return new FastRows(name, new CompactRows(name));
    }

    void add(Row row) {
        if (rows.size() >= StreamingXlsxReader.MAX_ROWS) {
            throw StreamingXlsxReader.TooLarge.rows(name);
        }
        List<CellValue> cells = new ArrayList<>(Math.max(row.getPhysicalCellCount(), 1));
        int rowIndex = -1;
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            CellValue value = cell == null ? null : read(name, cell);
            if (value != null) {
                cells.add(value);
                rowIndex = value.row();
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new SheetData.Row(rowIndex, cells));
        }
    }

    SheetData sheet() {
        return new SheetData(name, rows);
    }

    private CellValue read(String sheet, Cell cell) {
        int row = cell.getAddress().getRow();
        int col = cell.getColumnIndex();
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> number(sheet, row, col, cell, (BigDecimal) value);
            case BOOLEAN -> new CellValue(sheet, row, col, CellValue.Kind.BOOLEAN, ((Boolean) value) ? "TRUE" : "FALSE",
                    0, null);
            case ERROR -> new CellValue(sheet, row, col, CellValue.Kind.ERROR, cell.getRawValue(), 0, null);
            case STRING -> text(sheet, row, col, (String) value);
            // A formula, by its cached result; fastexcel tells the result's kind only by the value's class.
            case FORMULA -> {
                if (value instanceof BigDecimal number) {
                    yield number(sheet, row, col, cell, number);
                }
                if (value instanceof Boolean yes) {
                    yield new CellValue(sheet, row, col, CellValue.Kind.BOOLEAN, yes ? "TRUE" : "FALSE", 0, null);
                }
                if (value instanceof String text) {
                    yield ERRORS.contains(text) ? new CellValue(sheet, row, col, CellValue.Kind.ERROR, text, 0, null)
                            : text(sheet, row, col, text);
                }
                yield null;
            }
        };
    }

    private CellValue number(String sheet, int row, int col, Cell cell, BigDecimal value) {
        if (value == null) {
            return null;
        }
        double number = Double.parseDouble(cell.getRawValue());
        Integer format = cell.getDataFormatId();
        boolean date = format != null && dateFormats.computeIfAbsent(format, f -> isDateFormat(cell));
        if (date && DateUtil.isValidExcelDate(number)) {
            LocalDate day = DateUtil.getLocalDateTime(number).toLocalDate();
            return new CellValue(sheet, row, col, CellValue.Kind.DATE, day.toString(), number, day);
        }
        return new CellValue(sheet, row, col, CellValue.Kind.NUMBER, null, number, null);
    }

    private static boolean isDateFormat(Cell cell) {
        Integer index = cell.getDataFormatId();
        if (index == null) {
            return false;
        }
        String format = cell.getDataFormatString();
        return DateUtil.isADateFormat(index, format != null ? format : BuiltinFormats.getBuiltinFormat(index));
    }

    private CellValue text(String sheet, int row, int col, String value) {
        if (value == null) {
            return null;
        }
        String text = Names.nfc(value).strip();
        if (text.length() > StreamingXlsxReader.MAX_CELL_CHARS) {
            throw StreamingXlsxReader.TooLarge.cell(sheet, CellValue.ref(row, col));
        }
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= 8 && !(rows instanceof CompactRows)) {
            text = shortTexts.computeIfAbsent(text, t -> t);
        }
        return new CellValue(sheet, row, col, CellValue.Kind.TEXT, text, 0, null);
    }
}
