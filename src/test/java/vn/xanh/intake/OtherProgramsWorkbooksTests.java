package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.CATALOG;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.xanh.facts.Fact;
import vn.xanh.facts.Problem;

/** Workbooks saved by LibreOffice Calc, kept under src/test/resources/workbooks. */
class OtherProgramsWorkbooksTests {

    final WorkbookParser parser = new WorkbookParser(CATALOG, WorkbookParserTests.NOVEMBER_28);

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice-thon-phu-xuan-2026-10.xls", "libreoffice-thon-phu-xuan-2026-10.xlsx"})
    void readsAReportSavedByLibreOffice(String name) throws URISyntaxException {
        // when
        ParsedWorkbook parsed = parser.parse(Path.of(getClass().getResource("/workbooks/" + name).toURI()));

        // then
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.unit().code()).isEqualTo("THON_PHU_XUAN");
        assertThat(parsed.period()).isEqualTo(YearMonth.of(2026, 10));
        Map<String, Double> values = parsed.facts().stream()
                .collect(Collectors.toMap(Fact::metric, f -> f.value().doubleValue()));
        assertThat(values).containsEntry("HH_TOTAL", 412.0).containsEntry("HH_CLEAN_WATER", 398.0)
                .containsEntry("WASTE_GENERATED_T", 26.5).containsEntry("WASTE_TREATED_T", 24.5)
                .containsEntry("STRAW_BURNING", 0.0).hasSize(7);
        assertThat(parsed.warnings()).extracting(Problem::metric).contains("WASTE_GENERATED_T");
    }
}
