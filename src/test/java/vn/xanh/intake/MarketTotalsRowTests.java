package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.CATALOG;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.TestWorkbooks;

/** The market board's table shares the rule for where a table ends: its totals row is passed over, never a market. */
class MarketTotalsRowTests {

    @TempDir
    Path dir;

    final WorkbookParser parser = new WorkbookParser(CATALOG, WorkbookParserTests.NOVEMBER_28);

    @Test
    void passesOverTheTotalsRowsWhateverTheyAreCalled() throws IOException {
        // given: two markets, then "Cộng" and "TỔNG CỘNG" rows with the sums in the same columns
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        rows.put("Chợ Tân Kỳ", Map.of("TRADERS_TOTAL", 100, "TRADERS_QR", 60));
        rows.put("Chợ Đông", Map.of("TRADERS_TOTAL", 50, "TRADERS_QR", 20));
        rows.put("Cộng", Map.of("TRADERS_TOTAL", 150, "TRADERS_QR", 80));
        rows.put("TỔNG CỘNG", Map.of("TRADERS_TOTAL", 150, "TRADERS_QR", 80));
        Path file = TestWorkbooks.markets(dir, "cho.xlsx", WorkbookParserTests.OCTOBER, rows);

        // when
        ParsedWorkbook parsed = parser.parse(file);

        // then
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.facts()).extracting(f -> f.unitCode() + " " + f.metric() + " " + f.value().intValue())
                .containsExactlyInAnyOrder("CHO_TAN_KY TRADERS_TOTAL 100", "CHO_TAN_KY TRADERS_QR 60",
                        "CHO_DONG TRADERS_TOTAL 50", "CHO_DONG TRADERS_QR 20");
    }
}
