package vn.xanh.intake.internal.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.facts.Problem;

/** The marked-up copy of a rejected workbook is a new .xlsx, whatever format came in. */
class AnnotatedCopyTests {

    @TempDir
    Path dir;

    @Test
    void anOldXlsComesBackAsAnXlsxWithItsValuesFormatsAndTheFaultyCellMarked() throws Exception {
        // given: an Excel 97 workbook with a bold heading, a date, a formula and a negative number
        Path xls = dir.resolve("thon-nam.xls");
        try (Workbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("Đơn vị: Thôn Nam");
            heading.getCell(0).setCellStyle(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(java.time.LocalDate.of(2026, 10, 31));
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(-5);
            row.createCell(2).setCellFormula("B3*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(xls)) {
                workbook.write(out);
            }
        }
        Path copy = AnnotatedCopy.pathFor(xls);

        // when
        AnnotatedCopy.write(xls, copy, List.of(Problem.error("Báo cáo", "B3", "HH_TOTAL", "Số liệu không được âm.")));

        // then: beside it as .loi.xlsx, the list first, the cells as they were shown, the fault red with a note
        assertThat(copy.getFileName().toString()).isEqualTo("thon-nam.loi.xlsx");
        try (XSSFWorkbook marked = new XSSFWorkbook(copy.toFile())) {
            assertThat(marked.getSheetName(0)).isEqualTo("Lỗi cần sửa");
            assertThat(marked.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Số liệu không được âm.");
            Sheet sheet = marked.getSheet("Báo cáo");
            DataFormatter shown = new DataFormatter();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị: Thôn Nam");
            assertThat(marked.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(shown.formatCellValue(sheet.getRow(2).getCell(0))).isEqualTo("31/10/2026");
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(-10);
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getRow(2).getCell(1).getCellComment().getString().getString())
                    .isEqualTo("Số liệu không được âm.");
        }
    }
}
