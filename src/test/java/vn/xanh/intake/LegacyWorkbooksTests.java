package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.CATALOG;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.Supplier;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.facts.Problem;

/** Workbooks from old machines: Excel 2003 files, and text typed in the .VnTime and VNI-Times fonts. */
class LegacyWorkbooksTests {

    @TempDir
    Path dir;

    final WorkbookParser parser = new WorkbookParser(CATALOG, WorkbookParserTests.NOVEMBER_28);

    @Test
    void readsAnExcel2003WorkbookWithTcvn3TextEvenUnderAnXlsxName() throws IOException {
        for (String name : new String[] {"thon.xls", "thon-2003-doi-ten.xlsx"}) {
            // given: an .xls (BIFF8) whose unit name is typed in .VnTime, and its labels in .VnTimeH capitals
            Path file = write(name, HSSFWorkbook::new, ".VnTime", "Th«n §«ng");

            // when
            ParsedWorkbook parsed = parser.parse(file);

            // then
            assertThat(parsed.errors()).as(name).isEmpty();
            assertThat(parsed.unit().code()).isEqualTo("THON_DONG");
            assertThat(parsed.facts()).hasSize(2);
            assertThat(parsed.warnings()).extracting(Problem::located).anyMatch(w -> w.startsWith(
                    "Sheet1!B2: Ô này gõ bằng phông chữ cũ .VnTime, đã chuyển sang Unicode: “Thôn Đông”."));
        }
    }

    @Test
    void readsVniTextAndCellsThatMixFonts() throws IOException {
        // given: the unit name in VNI-Times; the period label half Arial, half .VnTime
        Path file = write("vni.xlsx", XSSFWorkbook::new, "VNI-Times", "Thoân Ñoâng");

        // when
        ParsedWorkbook parsed = parser.parse(file);

        // then
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.unit().code()).isEqualTo("THON_DONG");
        assertThat(parsed.period()).isEqualTo(YearMonth.of(2026, 10));
    }

    private Path write(String name, Supplier<Workbook> kind, String fontName, String unitName) throws IOException {
        Path file = dir.resolve(name);
        try (Workbook workbook = kind.get()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            Font legacy = workbook.createFont();
            legacy.setFontName(fontName);
            Font capitals = workbook.createFont();
            capitals.setFontName(".VnTimeH");
            Font arial = workbook.createFont();
            arial.setFontName("Arial");
            CellStyle legacyStyle = workbook.createCellStyle();
            legacyStyle.setFont(legacy);

            Row template = sheet.createRow(0);
            template.createCell(0).setCellValue("Mẫu số:");
            template.createCell(1).setCellValue("THON");
            Row unit = sheet.createRow(1);
            unit.createCell(0).setCellValue("Đơn vị báo cáo:");
            Cell unitCell = unit.createCell(1);
            unitCell.setCellValue(unitName);
            unitCell.setCellStyle(legacyStyle);
            // "Kỳ báo cáo: Tháng 10/2026": "Kỳ báo cáo:" typed in Arial, "Th¸ng 10/2026" in .VnTime, one cell
            Row period = sheet.createRow(2);
            RichTextString mixed = workbook.getCreationHelper().createRichTextString("Kỳ báo cáo: Th¸ng 10/2026");
            mixed.applyFont(0, 12, arial);
            Font tcvn3 = workbook.createFont();
            tcvn3.setFontName(".VnTime");
            mixed.applyFont(12, mixed.length(), tcvn3);
            period.createCell(0).setCellValue(mixed);
            Row header = sheet.createRow(4);
            header.createCell(0).setCellValue("Mã số");
            Cell label = header.createCell(1);
            label.setCellValue("CHØ TI£U");
            CellStyle capitalStyle = workbook.createCellStyle();
            capitalStyle.setFont(capitals);
            label.setCellStyle(capitalStyle);
            header.createCell(2).setCellValue("Số liệu");
            Row total = sheet.createRow(5);
            total.createCell(0).setCellValue("HH_TOTAL");
            total.createCell(2).setCellValue(300);
            Row water = sheet.createRow(6);
            water.createCell(0).setCellValue("HH_CLEAN_WATER");
            water.createCell(2).setCellValue(250);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
