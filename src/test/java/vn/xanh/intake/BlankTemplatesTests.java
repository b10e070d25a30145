package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.CATALOG;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.facts.Fact;

class BlankTemplatesTests {

    @TempDir
    Path dir;

    final BlankTemplates templates = new BlankTemplates(CATALOG);
    final WorkbookParser parser = new WorkbookParser(CATALOG, WorkbookParserTests.NOVEMBER_28);

    @Test
    void writesATemplateForEveryUnitWithListsChecksAndLockedLabels() throws Exception {
        // when
        List<Path> written = templates.write(dir);

        // then: THON and SOHO for 8 villages, HTX for 2 cooperatives, CHO for the board, XA for the office,
        // HOATDONG for 7 organisations, 9 party cells and the office
        assertThat(written).hasSize(8 + 8 + 2 + 1 + 1 + 7 + 9 + 1);
        Path village = dir.resolve("mau-THON-thon-dong.xlsx");
        try (Workbook workbook = WorkbookFactory.create(village.toFile())) {
            XSSFSheet form = (XSSFSheet) workbook.getSheet("Báo cáo");
            assertThat(form.getProtect()).isTrue();
            assertThat(form.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Thôn Đông");
            assertThat(form.getRow(9).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(form.getRow(9).getCell(4).getCellStyle().getLocked()).isFalse();
            assertThat(form.getDataValidations()).hasSizeGreaterThan(14);
            assertThat(workbook.getSheet("Hướng dẫn").getRow(2).getCell(0).getStringCellValue())
                    .startsWith("1. Ghi kỳ báo cáo");
        }
    }

    @Test
    void aTemplateFilledInAndSentBackIsAccepted() throws Exception {
        // given: the village template, with the month and two numbers typed in
        templates.write(dir);
        Path filled = fill("mau-THON-thon-doai.xlsx", form -> {
            form.getRow(4).getCell(2).setCellValue("Tháng 10/2026");
            form.getRow(9).getCell(4).setCellValue(320);
            form.getRow(10).getCell(4).setCellValue(300);
        });

        // when
        ParsedWorkbook parsed = parser.parse(filled);

        // then
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.unit().code()).isEqualTo("THON_DOAI");
        assertThat(parsed.period()).isEqualTo(YearMonth.of(2026, 10));
        Map<String, Double> values = parsed.facts().stream()
                .collect(Collectors.toMap(Fact::metric, f -> f.value().doubleValue()));
        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("HH_TOTAL", 320.0, "HH_CLEAN_WATER", 300.0));
    }

    @Test
    void theMarketBoardsTemplateListsItsMarkets() throws Exception {
        templates.write(dir);
        Path filled = fill("mau-CHO-ban-quan-ly-cho-xa-tan-ky.xlsx", form -> {
            form.getRow(4).getCell(2).setCellValue("10/2026");
            form.getRow(9).getCell(2).setCellValue(100);
            form.getRow(9).getCell(3).setCellValue(70);
        });

        ParsedWorkbook parsed = parser.parse(filled);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.facts()).extracting(Fact::unitCode).containsOnly("CHO_TAN_KY");
    }

    @Test
    void aPartyCellsActivityLogFilledInIsAccepted() throws Exception {
        // given: the cell's log with two activities, one of them chosen from the list by its name
        templates.write(dir);
        Path filled = fill("mau-HOATDONG-chi-bo-thon-an-lac.xlsx", "Hoạt động", log -> {
            log.getRow(4).getCell(2).setCellValue("Tháng 10/2026");
            log.getRow(9).getCell(1).setCellValue("08/10/2026");
            log.getRow(9).getCell(2).setCellValue("Sinh hoạt chi bộ, họp thôn, sinh hoạt đoàn thể có nội dung"
                    + " chuyển đổi xanh");
            log.getRow(9).getCell(6).setCellValue(19);
            log.getRow(10).getCell(1).setCellValue("20/10/2026");
            log.getRow(10).getCell(2).setCellValue("RA_QUAN");
            log.getRow(10).getCell(6).setCellValue(35);
        });

        // when
        ParsedWorkbook parsed = parser.parse(filled);

        // then
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.unit().code()).isEqualTo("CB_THON_AN_LAC");
        assertThat(parsed.activities()).extracting(a -> a.form() + " " + a.participants())
                .containsExactly("SINH_HOAT 19", "RA_QUAN 35");
    }

    /** The template as a clerk sends it back: opened, typed into, saved under another name. */
    private Path fill(String template, java.util.function.Consumer<Sheet> typing) throws Exception {
        return fill(template, "Báo cáo", typing);
    }

    private Path fill(String template, String sheet, java.util.function.Consumer<Sheet> typing) throws Exception {
        Path filled = dir.resolve("da-dien-" + template);
        try (InputStream in = Files.newInputStream(dir.resolve(template)); Workbook workbook = WorkbookFactory.create(in)) {
            typing.accept(workbook.getSheet(sheet));
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        return filled;
    }
}
