package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.CatalogLoader;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.Fact;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.check.DataQuality;

class DataQualityTests {

    static final YearMonth AUGUST = YearMonth.of(2026, 8);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    final DataQuality quality = new DataQuality(TestWorkbooks.CATALOG);
    final List<EffectiveFact> earlier = new ArrayList<>();

    @Test
    void doubtsALevelThatJumpsByMoreThanHalf() {
        earlier(SEPTEMBER, "LIVESTOCK_HH", 100);

        List<Problem> warnings = quality.check(List.of(fact(OCTOBER, "LIVESTOCK_HH", 160)), earlier);

        assertThat(warnings).extracting(Problem::message).containsExactly("“Số hộ chăn nuôi” tăng hơn một nửa so với"
                + " tháng 9/2026 (từ 100 thành 160). Đề nghị đơn vị kiểm tra lại.");
        assertThat(quality.check(List.of(fact(OCTOBER, "LIVESTOCK_HH", 140)), earlier)).isEmpty();
    }

    @Test
    void doubtsAHouseholdCountAboveTheVillagesHouseholds() {
        earlier(SEPTEMBER, "HH_TOTAL", 300);

        List<Problem> warnings = quality.check(List.of(fact(OCTOBER, "HH_CLEAN_WATER", 320)), earlier);

        assertThat(warnings).extracting(Problem::message).containsExactly("“Số hộ sử dụng nước sạch” (320) lớn hơn"
                + " tổng số hộ của thôn đã báo cáo (300).");
    }

    @Test
    void theHouseholdTotalIsTheMetricTheCatalogueMarks(@TempDir Path jobs) throws IOException {
        // given: the commune's definitions with no metric marked as the village's households
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                Files.copy(file, jobs.resolve(file.getFileName()));
            }
        }
        Path templates = jobs.resolve("templates.yml");
        Files.writeString(templates, Files.readString(templates, StandardCharsets.UTF_8).replace(", households: true", ""),
                StandardCharsets.UTF_8);
        DataQuality unmarked = new DataQuality(new CatalogLoader(jobs).load());
        earlier(SEPTEMBER, "HH_TOTAL", 300);

        // when
        List<Problem> warnings = unmarked.check(List.of(fact(OCTOBER, "HH_CLEAN_WATER", 320)), earlier);

        // then: nothing to compare the count with, so no doubt
        assertThat(warnings).isEmpty();
    }

    @Test
    void doubtsTheSameNumbersThreeMonthsRunning() {
        for (YearMonth month : List.of(AUGUST, SEPTEMBER)) {
            earlier(month, "HH_TOTAL", 300);
            earlier(month, "WASTE_GENERATED_T", 20.5);
        }

        List<Problem> warnings = quality.check(List.of(fact(OCTOBER, "HH_TOTAL", 300),
                fact(OCTOBER, "WASTE_GENERATED_T", 20.5)), earlier);

        assertThat(warnings).extracting(Problem::message).containsExactly("Số liệu giống hệt hai tháng trước (8/2026"
                + " và 9/2026): có thể đơn vị gửi nhầm tệp của tháng cũ.");
        assertThat(warnings).allMatch(problem -> !problem.isError());
    }

    @Test
    void theRecentMonthsAreEnoughOnlyWhenTheyHoldTheLatestMonthAndTheLatestHouseholdCount() {
        List<Fact> water = List.of(fact(OCTOBER, "HH_CLEAN_WATER", 320));
        // nothing recent: the unit's latest month may be years back
        assertThat(quality.recentIsEnough(water, earlier)).isFalse();
        // a recent month, but the household count it is compared with is older
        earlier(SEPTEMBER, "LIVESTOCK_HH", 100);
        assertThat(quality.recentIsEnough(water, earlier)).isFalse();
        // ... unless the report brings its own household count
        assertThat(quality.recentIsEnough(List.of(fact(OCTOBER, "HH_TOTAL", 300), fact(OCTOBER, "HH_CLEAN_WATER", 320)),
                earlier)).isTrue();
        earlier(AUGUST, "HH_TOTAL", 300);
        assertThat(quality.recentIsEnough(water, earlier)).isTrue();
    }

    @Test
    void aReportComparedWithTheRecentMonthsGetsTheSameDoubtsAsWithTheWholeHistory() {
        earlier(YearMonth.of(2024, 1), "HH_TOTAL", 500);
        earlier(YearMonth.of(2024, 1), "LIVESTOCK_HH", 10);
        earlier(AUGUST, "HH_TOTAL", 300);
        earlier(SEPTEMBER, "LIVESTOCK_HH", 100);
        List<EffectiveFact> recent = earlier.stream()
                .filter(f -> !f.period().isBefore(OCTOBER.minusMonths(DataQuality.RECENT_MONTHS))).toList();
        List<Fact> report = List.of(fact(OCTOBER, "HH_CLEAN_WATER", 320), fact(OCTOBER, "LIVESTOCK_HH", 160));

        assertThat(quality.recentIsEnough(report, recent)).isTrue();
        assertThat(quality.check(report, recent)).isEqualTo(quality.check(report, earlier)).hasSize(2);
    }

    private void earlier(YearMonth period, String metric, double value) {
        earlier.add(new EffectiveFact("THON_DONG", period, metric, BigDecimal.valueOf(value), "old.xlsx"));
    }

    private static Fact fact(YearMonth period, String metric, double value) {
        return new Fact("THON_DONG", period, metric, BigDecimal.valueOf(value));
    }
}
