package vn.xanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.indicators.calc.Status;

class ReportWorkbookTests {

    @TempDir
    Path dir;

    @Test
    void writesNumbersAsNumbersAndSubmittersTextNeverAsAFormula() throws Exception {
        // given
        Path file = dir.resolve("bao-cao.xlsx");
        try (ReportWorkbook workbook = new ReportWorkbook()) {
            workbook.sheet("Tệp đã nhận", columns("Tệp", "Giá trị", "Tình trạng", "Ngày"), List.of(
                    Arrays.asList("=HYPERLINK(\"http://x\",\"bấm\")", 1234.5, Status.CHAM, LocalDate.of(2026, 11, 5)),
                    Arrays.asList("+84 912 345 678", 12, Status.DAT, null),
                    Arrays.asList("Thôn Đoài", null, Status.NGUY_CO, null)));
            // when
            workbook.write(file);
        }

        // then
        try (Workbook read = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = read.getSheet("Tệp đã nhận");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tệp");
            var formulaText = sheet.getRow(1).getCell(0);
            assertThat(formulaText.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaText.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Chậm tiến độ");
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(20 * 256);
        }
    }

    @Test
    void everyStatusCellIsLegibleOnItsColour() throws Exception {
        // given: one row per status
        Path file = dir.resolve("tinh-trang.xlsx");
        try (ReportWorkbook workbook = new ReportWorkbook()) {
            workbook.sheet("Chỉ tiêu", columns("Tình trạng"),
                    Arrays.stream(Status.values()).map(status -> Arrays.<Object>asList(status)).toList());
            // when
            workbook.write(file);
        }

        // then: the label's colour on the cell's fill reaches WCAG AA
        try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
            var sheet = read.getSheet("Chỉ tiêu");
            for (Status status : Status.values()) {
                XSSFCellStyle style = sheet.getRow(status.ordinal() + 1).getCell(0).getCellStyle();
                assertThat(sheet.getRow(status.ordinal() + 1).getCell(0).getStringCellValue()).isEqualTo(status.label());
                String fill = "#" + style.getFillForegroundXSSFColor().getARGBHex().substring(2);
                String ink = "#" + style.getFont().getXSSFColor().getARGBHex().substring(2);
                assertThat(fill).isEqualToIgnoringCase(StatusColors.hex(status));
                assertThat(Contrast.ratio(ink, fill)).as(status.name()).isGreaterThanOrEqualTo(Contrast.TEXT);
            }
        }
    }

    /** Columns that read a row given as a list of values, one per heading. */
    private static Columns<List<Object>> columns(String... headings) {
        List<Column<List<Object>, ?>> columns = new ArrayList<>();
        for (int c = 0; c < headings.length; c++) {
            int index = c;
            columns.add(Column.of(headings[c], (List<Object> row) -> row.get(index)));
        }
        return new Columns<>(columns);
    }
}
