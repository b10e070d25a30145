package vn.xanh.intake.internal.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A workbook of every kind of value a reader must give as POI's workbook model does, written as an
 * {@code .xlsx} or an {@code .xls} by the workbook given: numbers, dates by a custom and a built-in
 * format, a boolean, NFD text, blank text, an explicitly blank cell, formulas of each result (a number, a
 * text, an error, a boolean, a date, an empty text), a cell of two fonts, and a second sheet.
 */
final class EveryKindOfValue {

    private EveryKindOfValue() {
    }

    static Path write(Workbook workbook, Path file) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtinDate = workbook.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(12.5);
            row.createCell(1).setCellValue(LocalDate.of(2026, 10, 31));
            row.getCell(1).setCellStyle(dateStyle);
            row.createCell(2).setCellValue(46000);
            row.getCell(2).setCellStyle(builtinDate);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellValue("Tho\u0302n \u0110o\u0302ng  ");
            row.createCell(5).setCellValue("   ");
            row.createCell(6).setCellValue(-3);
            row.createCell(8).setBlank();
            Row formulas = sheet.createRow(4);
            formulas.createCell(0).setCellFormula("A3*2");
            formulas.createCell(1).setCellFormula("\"Thôn \"&\"Nam\"");
            formulas.createCell(2).setCellFormula("A3/0");
            formulas.createCell(3).setCellFormula("A3>1");
            formulas.createCell(4).setCellFormula("B3");
            formulas.getCell(4).setCellStyle(dateStyle);
            formulas.createCell(5).setCellFormula("\"\"");
            Font arial = workbook.createFont();
            arial.setFontName("Arial");
            Font bold = workbook.createFont();
            bold.setBold(true);
            RichTextString rich = workbook.getCreationHelper().createRichTextString("Kỳ báo cáo: Tháng 10/2026");
            rich.applyFont(0, 10, arial);
            rich.applyFont(11, 25, bold);
            sheet.createRow(6).createCell(1).setCellValue(rich);
            sheet.createRow(7).createCell(1).setCellValue("Kỳ báo cáo: Tháng 10/2026");
            Sheet second = workbook.createSheet("Phụ lục");
            second.createRow(0).createCell(0).setCellValue("Ghi chú");
            second.getRow(0).createCell(1).setCellValue(1_000_000.25);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
