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

        // then: THON and SOHO for 8 villages, HTX for 2 cooperatives, CHO for the board, XA for the office
        assertThat(written).hasSize(8 + 8 + 2 + 1 + 1);
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

    /** The template as a clerk sends it back: opened, typed into, saved under another name. */
    private Path fill(String template, java.util.function.Consumer<Sheet> typing) throws Exception {
        Path filled = dir.resolve("da-dien-" + template);
        try (InputStream in = Files.newInputStream(dir.resolve(template)); Workbook workbook = WorkbookFactory.create(in)) {
            typing.accept(workbook.getSheet("Báo cáo"));
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        return filled;
    }
}
