package vn.xanh.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.xanh.TestFolders;
import vn.xanh.TestWorkbooks;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.indicators.calc.Forecast;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.ReportStatus;
import vn.xanh.indicators.calc.Status;

/**
 * Ten months of reports from every unit, January to October 2026: the stored status, projection and
 * completeness for chosen indicators and dates, computed by hand.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s"})
abstract class HistoryIntegrationTests {

    static final LocalDate NOVEMBER_28 = LocalDate.of(2026, 11, 28);
    static Path root;

    @Autowired
    NightlyRunner runner;

    @Autowired
    IndicatorService indicators;

    /** A fresh folder with ten months of reports; each subclass adds its database. */
    static void prepare(DynamicPropertyRegistry registry, String name) throws IOException {
        root = TestFolders.inputAndOutput(registry, "xanh-history-" + name);
        tenMonthsOfReports(root.resolve("input"));
    }

    static void tenMonthsOfReports(Path input) throws IOException {
        Files.createDirectories(input);
        List<Unit> villages = TestWorkbooks.CATALOG.units().ofKind(UnitKind.VILLAGE);
        for (int m = 0; m < 10; m++) {
            YearMonth period = YearMonth.of(2026, m + 1);
            for (Unit village : villages) {
                // Thôn An Lạc stops reporting after August
                if (village.name().equals("Thôn An Lạc") && m > 7) {
                    continue;
                }
                Path file = TestWorkbooks.village(input, village.code() + "_" + period + ".xlsx", village.name(),
                        period, values("HH_TOTAL", 100, "HH_CLEAN_WATER", 50 + 3 * m, "STRAW_BURNING", 0));
                // Thôn Bắc sends October on the 7th, after the deadline of the 5th
                arrived(file, period, village.name().equals("Thôn Bắc") && m == 9 ? 7 : 3);
            }
            arrived(TestWorkbooks.office(input, "xa_" + period + ".xlsx", period, values("OFFICIALS_TOTAL", 20,
                    "OFFICIALS_TRAINED", 10)), period, 2);
            double rice = m < 6 ? 110 : m < 9 ? 113 : 111;
            arrived(TestWorkbooks.cooperative(input, "htx_" + period + ".xlsx", "HTX Nông nghiệp Tân Kỳ", period,
                    values("RICE_LOW_EMISSION_HA", rice), null), period, 4);
        }
    }

    @Test
    void storesStatusProjectionAndCompletenessForChosenDates() throws Exception {
        // when
        runner.run(NOVEMBER_28, RunMode.NIGHTLY);
        Map<String, IndicatorResult> results = byCode(indicators.stored(NOVEMBER_28));

        // then MT02: (7 × 77 + 71) / 800 with An Lạc at its August level; the path from 50 % on 31/01 expects
        // 50 + 50 × 301/1795 = 58.38 %; the least-squares line through ten months passes 100 % long before 2030
        IndicatorResult water = results.get("MT02");
        assertThat(water.measured().value()).isCloseTo(76.25, within(1e-4));
        assertThat(water.progress().baselineValue()).isEqualTo(50);
        assertThat(water.progress().baselineDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(water.progress().trajectory()).isCloseTo(58.3844, within(1e-4));
        assertThat(water.status()).isEqualTo(Status.DUNG_TIEN_DO);
        assertThat(water.outlook().projection()).isEqualTo(100);
        assertThat(water.outlook().forecast()).isEqualTo(Forecast.DAT);

        // NT01 stands still at 50 %: behind the path, and a flat line means stagnation
        IndicatorResult officials = results.get("NT01");
        assertThat(officials.status()).isEqualTo(Status.CHAM);
        assertThat(officials.outlook().projection()).isCloseTo(50, within(1e-9));
        assertThat(officials.outlook().forecast()).isEqualTo(Forecast.TRI_TRE);

        // NN02 reached 112 ha from July to September and fell back to 111 ha in October
        IndicatorResult rice = results.get("NN02");
        assertThat(rice.measured().value()).isEqualTo(111);
        assertThat(rice.regression()).isTrue();
        assertThat(rice.status()).isNotEqualTo(Status.DAT);

        // completeness of October: Bắc late, An Lạc missing and silent for two months
        Map<String, CompletenessRepository.Row> october = indicators.completeness(NOVEMBER_28).stream()
                .filter(row -> row.period().equals(YearMonth.of(2026, 10)))
                .collect(java.util.stream.Collectors.toMap(CompletenessRepository.Row::unitCode, row -> row));
        assertThat(october.get("THON_BAC").status()).isEqualTo(ReportStatus.LATE);
        assertThat(october.get("THON_DONG").status()).isEqualTo(ReportStatus.REPORTED);
        assertThat(october.get("THON_AN_LAC").status()).isEqualTo(ReportStatus.MISSING);
        assertThat(october.get("THON_AN_LAC").silentMonths()).isEqualTo(2);
        assertThat(october.get("UBND_TAN_KY").status()).isEqualTo(ReportStatus.REPORTED);
        assertThat(october.get("HTX_TS_TAN_KY").status()).isEqualTo(ReportStatus.MISSING);

        // the breakdown names the villages that lack most households
        List<BreakdownRepository.Row> water2 = indicators.breakdowns(NOVEMBER_28).stream()
                .filter(row -> row.code().equals("MT02")).toList();
        assertThat(water2.get(0).share().unit()).isEqualTo("THON_AN_LAC");
        assertThat(water2.get(0).share().shortfall()).isEqualTo(29);
    }

    @Test
    void aRerunOfAPastDateGivesTheSameBytesEveryTime() throws Exception {
        // given
        LocalDate october31 = LocalDate.of(2026, 10, 31);
        runner.run(NOVEMBER_28, RunMode.NIGHTLY);

        // when
        runner.run(october31, RunMode.RERUN);
        byte[] first = Files.readAllBytes(root.resolve("output/2026-10-31/indicators.csv"));
        byte[] firstBreakdown = Files.readAllBytes(root.resolve("output/2026-10-31/breakdown.csv"));
        runner.run(october31, RunMode.RERUN);

        // then: only months up to October count, and nothing differs between the two reruns
        assertThat(Files.readAllBytes(root.resolve("output/2026-10-31/indicators.csv"))).isEqualTo(first);
        assertThat(Files.readAllBytes(root.resolve("output/2026-10-31/breakdown.csv"))).isEqualTo(firstBreakdown);
        assertThat(byCode(indicators.stored(october31)).get("MT02").progress().trajectory()).isCloseTo(57.6045, within(1e-4));
    }

    private static Map<String, IndicatorResult> byCode(List<IndicatorResult> results) {
        return results.stream().collect(java.util.stream.Collectors.toMap(IndicatorResult::code, r -> r));
    }

    private static void arrived(Path file, YearMonth period, int day) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(period.plusMonths(1).atDay(day).atTime(9, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }
}
