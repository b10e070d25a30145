package vn.xanh.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import vn.xanh.indicators.calc.Status;

/**
 * The report workbook: one sheet per table, numbers as numbers with Vietnamese formats, the header
 * row frozen, columns sized, status cells coloured. Text from submitters that Excel could take for a
 * formula is marked as text.
 */
final class ReportWorkbook implements AutoCloseable {

    private static final int MAX_COLUMN_CHARS = 60;

    /** Streamed: ten years of a city's facts are hundreds of thousands of rows, too many to hold as a model. */
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle decimal;
    private final CellStyle whole;
    private final CellStyle date;
    private final CellStyle text;
    private final CellStyle quoted;
    private final java.util.Map<Status, CellStyle> statusStyles = new java.util.EnumMap<>(Status.class);

    ReportWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xF5, (byte) 0xE9}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0#"));
        whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        text = workbook.createCellStyle();
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    /** A sheet: the columns' headings as a frozen row, then the rows; a Status is written as its coloured label. */
    <T> void sheet(String name, Columns<T> columns, List<T> rows) {
        List<String> headings = columns.headings();
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        int[] widths = new int[headings.size()];
        Row top = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(header);
            widths[c] = headings.get(c).length();
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = columns.values(rows.get(r));
            for (int c = 0; c < values.size(); c++) {
                widths[c] = Math.max(widths[c], write(row.createCell(c), values.get(c)));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_COLUMN_CHARS, widths[c] + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, headings.size() - 1));
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** Writes the value and returns how many characters wide it shows. */
    private int write(Cell cell, Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(whole);
            return value.toString().length() + 2;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(number.doubleValue() == Math.rint(number.doubleValue()) ? whole : decimal);
            return String.format("%,.2f", number.doubleValue()).length();
        }
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
            return 10;
        }
        if (value instanceof Status status) {
            cell.setCellValue(status.label());
            cell.setCellStyle(statusStyle(status));
            return status.label().length();
        }
        String string = value.toString();
        cell.setCellValue(string);
        // A typed "=SUM(...)" or "+84..." stays text in Excel, never a formula.
        cell.setCellStyle(FormulaText.looksLikeFormula(string) ? quoted : text);
        return string.length();
    }

    private CellStyle statusStyle(Status status) {
        return statusStyles.computeIfAbsent(status, this::createStatusStyle);
    }

    private CellStyle createStatusStyle(Status status) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        java.awt.Color color = StatusColors.color(status);
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) color.getRed(), (byte) color.getGreen(),
                (byte) color.getBlue()}, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont label = (XSSFFont) workbook.createFont();
        java.awt.Color ink = java.awt.Color.decode(StatusColors.onFill(status));
        label.setColor(new XSSFColor(new byte[] {(byte) ink.getRed(), (byte) ink.getGreen(), (byte) ink.getBlue()},
                null));
        label.setBold(true);
        style.setFont(label);
        return style;
    }
}
