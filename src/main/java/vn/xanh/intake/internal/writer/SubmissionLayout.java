package vn.xanh.intake.internal.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.xanh.catalog.Template;
import vn.xanh.system.Vietnamese;

/**
 * The commune's layout of a filled-in submission, around its table: the title and the header fields,
 * bold headings, the signature, and a value as a clerk would type it.
 */
public final class SubmissionLayout {

    private SubmissionLayout() {
    }

    /** The title and the header fields; returns the row where the table may begin. */
    public static int header(Workbook workbook, Sheet sheet, Template template, String unitName, YearMonth period) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(template.name().toUpperCase(java.util.Locale.ROOT));
        title.setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        String[][] fields = {{"Mẫu số:", template.id()}, {"Đơn vị báo cáo:", unitName},
                {"Kỳ báo cáo:", "Tháng " + Vietnamese.month(period)}, {"Người lập:", ""}};
        for (int i = 0; i < fields.length; i++) {
            Row row = sheet.createRow(2 + i);
            row.createCell(1).setCellValue(fields[i][0]);
            if (!fields[i][1].isEmpty()) {
                row.createCell(2).setCellValue(fields[i][1]);
            }
        }
        return 2 + fields.length + 1;
    }

    public static void headings(Workbook workbook, Sheet sheet, int rowIndex, String... headings) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < headings.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings[i]);
            cell.setCellStyle(bold);
        }
    }

    public static void signature(Sheet sheet, int rowIndex) {
        sheet.createRow(rowIndex).createCell(4).setCellValue("Người lập biểu");
        sheet.createRow(rowIndex + 1).createCell(4).setCellValue("(Ký, ghi rõ họ tên)");
    }

    /** A number as a number, anything else as its text, nothing for null. */
    public static void value(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    /** An Excel 2003 workbook when the name says {@code .xls}, as old machines still send. */
    public static Workbook newWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xls") ? new HSSFWorkbook()
                : new XSSFWorkbook();
    }

    public static void write(Workbook workbook, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
