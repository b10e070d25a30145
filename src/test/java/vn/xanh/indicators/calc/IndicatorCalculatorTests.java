package vn.xanh.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.MetricKind;

/** The arithmetic of docs/indicators.md, against values computed by hand (days from 31/01/2026 to 31/12/2030: 1795). */
class IndicatorCalculatorTests {

    static final List<String> VILLAGES = List.of("A", "B", "C");
    static final LocalDate JULY_15 = LocalDate.of(2026, 7, 15);

    final IndicatorCalculator calculator = new IndicatorCalculator(Plan.until(2030, 10, 0.10));
    final List<Observation> facts = new ArrayList<>();

    @Test
    void takesStocksAtEachUnitsLatestMonthWithBothSidesOfTheRatio() {
        // given: A's October report lacks the clean-water line, so A counts with September
        fact("A", 2026, 9, "HH_TOTAL", 100);
        fact("A", 2026, 9, "HH_CLEAN_WATER", 80);
        fact("A", 2026, 10, "HH_TOTAL", 100);
        fact("B", 2026, 10, "HH_TOTAL", 200);
        fact("B", 2026, 10, "HH_CLEAN_WATER", 150);

        // when
        IndicatorResult result = compute("MT02", MetricKind.STOCK, LocalDate.of(2026, 10, 31));

        // then: (80 + 150) / (100 + 200); C reported nothing and is missing, not zero
        assertThat(result.measured().value()).isCloseTo(76.6667, within(1e-4));
        assertThat(result.measured().numerator()).isEqualTo(230);
        assertThat(result.measured().denominator()).isEqualTo(300);
        assertThat(result.measured().unitsReporting()).isEqualTo(2);
        assertThat(result.measured().unitsExpected()).isEqualTo(3);
    }

    @Test
    void decidesStatusAgainstTheStraightPathFromBaselineTo2030() {
        // the path from 50 % on 31/01/2026 to 100 % on 31/12/2030 expects 50 + 50 × 165/1795 = 54.596 on 15/07/2026
        assertThat(cleanWaterInJuly(55).status()).isEqualTo(Status.DUNG_TIEN_DO);
        assertThat(cleanWaterInJuly(55).progress().trajectory()).isCloseTo(54.5961, within(1e-4));
        // 5 of the 50 points travelled, against 165 of the plan's 1795 days elapsed
        assertThat(cleanWaterInJuly(55).progress().distanceTravelled()).isCloseTo(0.1, within(1e-9));
        assertThat(cleanWaterInJuly(55).progress().timeElapsed()).isCloseTo(165.0 / 1795, within(1e-9));
        assertThat(cleanWaterInJuly(45).status()).isEqualTo(Status.CHAM);
        assertThat(cleanWaterInJuly(44).status()).isEqualTo(Status.NGUY_CO);
        IndicatorResult achieved = cleanWaterInJuly(100);
        assertThat(achieved.status()).isEqualTo(Status.DAT);
        assertThat(achieved.progress().attainment()).isEqualTo(100);
        assertThat(achieved.outlook().gainPerYear()).isZero();
        assertThat(achieved.progress().baselineValue()).isEqualTo(50);
        assertThat(achieved.progress().baselineDate()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void judgesNoProgressFromTheBaselineAlone() {
        // given: one month of reports, half the households with clean water
        fact("A", 2026, 1, "HH_TOTAL", 100);
        fact("A", 2026, 1, "HH_CLEAN_WATER", 50);

        // when: on the baseline's own date, and months later with nothing new (the path expects 54.60 by then)
        IndicatorResult onTheDay = compute("MT02", MetricKind.STOCK, LocalDate.of(2026, 1, 31));
        IndicatorResult later = compute("MT02", MetricKind.STOCK, JULY_15);

        // then: neither on track nor behind, not among those that need attention; the value and its month shown
        for (IndicatorResult result : List.of(onTheDay, later)) {
            assertThat(result.status()).isEqualTo(Status.CHUA_DANH_GIA);
            assertThat(result.status().label()).isEqualTo("Chưa đủ số liệu để đánh giá tiến độ");
            assertThat(result.needsAttention()).isFalse();
            assertThat(result.measured().value()).isEqualTo(50);
            assertThat(result.progress().baselineDate()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(result.outlook().forecast()).isEqualTo(Forecast.CHUA_DU_DU_LIEU);
            assertThat(result.outlook().forecast().label()).isEqualTo("Chưa đủ dữ liệu dự báo");
        }
        assertThat(later.progress().trajectory()).isCloseTo(54.5961, within(1e-4));

        // and a second month is the evidence that lets the path judge: 45 % in July is behind
        fact("A", 2026, 7, "HH_TOTAL", 100);
        fact("A", 2026, 7, "HH_CLEAN_WATER", 45);
        assertThat(compute("MT02", MetricKind.STOCK, JULY_15).status()).isEqualTo(Status.CHAM);
    }

    @Test
    void aTargetReachedIsAchievedFromASingleValue() {
        // given: no straw burnt in the only month reported, and every household with clean water
        fact("A", 2026, 1, "STRAW_BURNING", 0);
        fact("A", 2026, 1, "HH_TOTAL", 100);
        fact("A", 2026, 1, "HH_CLEAN_WATER", 100);

        // when / then
        assertThat(compute("NN07", MetricKind.FLOW, JULY_15).status()).isEqualTo(Status.DAT);
        assertThat(compute("MT02", MetricKind.STOCK, JULY_15).status()).isEqualTo(Status.DAT);
        // four incidents alone are not yet a judgement, however far the path to none has gone
        facts.clear();
        fact("A", 2026, 1, "STRAW_BURNING", 4);
        assertThat(compute("NN07", MetricKind.FLOW, JULY_15).status()).isEqualTo(Status.CHUA_DANH_GIA);
    }

    @Test
    void aBaselineFromTheCatalogueAndOneLaterMonthAreTwoObservations() {
        // given: MT02 with a baseline of 50 % on 31/12/2025 from the catalogue, and only July reported
        Indicator plain = TestWorkbooks.CATALOG.indicator("MT02").orElseThrow();
        Indicator withBaseline = new Indicator(plain.code(), plain.name(), plain.group(), plain.unit(), plain.source(),
                plain.formula(), plain.goal(), new Indicator.Baseline(50, LocalDate.of(2025, 12, 31)), plain.check());
        fact("A", 2026, 7, "HH_TOTAL", 100);
        fact("A", 2026, 7, "HH_CLEAN_WATER", 45);

        // when
        IndicatorResult july = calculator.compute(withBaseline, MetricKind.STOCK, VILLAGES, new FactTable(facts), JULY_15);
        Indicator baselineInJuly = new Indicator(plain.code(), plain.name(), plain.group(), plain.unit(), plain.source(),
                plain.formula(), plain.goal(), new Indicator.Baseline(45, LocalDate.of(2026, 7, 1)), plain.check());
        IndicatorResult sameMonth = calculator.compute(baselineInJuly, MetricKind.STOCK, VILLAGES, new FactTable(facts),
                JULY_15);

        // then: July is judged against the path from the catalogue's baseline (55.37 expected, 45 beyond the
        // tolerance); a baseline of the same month as the only report is still one observation
        assertThat(july.status()).isEqualTo(Status.NGUY_CO);
        assertThat(sameMonth.status()).isEqualTo(Status.CHUA_DANH_GIA);
    }

    @Test
    void countsStrawBurningYearToDateAndFlipsTheComparisons() {
        // given: four incidents in January, one in July
        fact("A", 2026, 1, "STRAW_BURNING", 4);
        fact("A", 2026, 7, "STRAW_BURNING", 1);

        // when
        IndicatorResult july = compute("NN07", MetricKind.FLOW, JULY_15);

        // then: 5 so far this year; the path from 4 to 0 expects 3.632, and 5 is beyond its 10 % tolerance
        assertThat(july.measured().value()).isEqualTo(5);
        assertThat(july.progress().trajectory()).isCloseTo(3.6323, within(1e-4));
        assertThat(july.status()).isEqualTo(Status.NGUY_CO);
        assertThat(july.progress().attainment()).isZero();

        // and in January of the next year the count starts again
        fact("A", 2027, 1, "STRAW_BURNING", 0);
        IndicatorResult january = compute("NN07", MetricKind.FLOW, LocalDate.of(2027, 1, 31));
        assertThat(january.measured().value()).isZero();
        assertThat(january.status()).isEqualTo(Status.DAT);
        assertThat(january.progress().attainment()).isEqualTo(100);
    }

    @Test
    void aBaselineAtTheTargetIsJudgedByTheTargetAlone() {
        // given: every household had clean water in January, 95 % in July
        fact("A", 2026, 1, "HH_TOTAL", 100);
        fact("A", 2026, 1, "HH_CLEAN_WATER", 100);
        fact("A", 2026, 7, "HH_TOTAL", 100);
        fact("A", 2026, 7, "HH_CLEAN_WATER", 95);

        // when
        IndicatorResult result = compute("MT02", MetricKind.STOCK, JULY_15);

        // then: no division by zero; 95 is within 10 points of the target; two months are too few to project
        assertThat(result.progress().trajectory()).isEqualTo(100);
        assertThat(result.status()).isEqualTo(Status.CHAM);
        assertThat(result.regression()).isTrue();
        assertThat(result.outlook().projection()).isNull();
        assertThat(result.outlook().forecast()).isEqualTo(Forecast.CHUA_DU_DU_LIEU);
    }

    @Test
    void projectsTo2030ByLeastSquaresAndSaysWhatIsStillNeededEachYear() {
        // given: 5, 6 and 7 ha of net houses at the end of January, February and March
        fact("X", 2026, 1, "NETHOUSE_HA", 5);
        fact("X", 2026, 2, "NETHOUSE_HA", 6);
        fact("X", 2026, 3, "NETHOUSE_HA", 7);

        // when
        IndicatorResult result = compute("NN06", MetricKind.STOCK, LocalDate.of(2026, 3, 31), List.of("X"));

        // then
        assertThat(result.progress().trajectory()).isCloseTo(5.4930, within(1e-4));
        assertThat(result.status()).isEqualTo(Status.DUNG_TIEN_DO);
        assertThat(result.outlook().projection()).isCloseTo(65.8129, within(1e-4));
        assertThat(result.outlook().forecast()).isEqualTo(Forecast.DAT);
        assertThat(result.outlook().gainPerYear()).isCloseTo(2.7352, within(1e-4));
    }

    @Test
    void projectsAYearlyCountFromItsMonthlyAmountsNotItsRunningTotal() {
        // given: 3, 2 and 1 incidents in January, February and March (year to date 3, 5, 6)
        fact("A", 2026, 1, "STRAW_BURNING", 3);
        fact("A", 2026, 2, "STRAW_BURNING", 2);
        fact("A", 2026, 3, "STRAW_BURNING", 1);

        // when
        IndicatorResult result = compute("NN07", MetricKind.FLOW, LocalDate.of(2026, 3, 31));

        // then: the running total grows, but the monthly amounts fall to none well before 2030
        assertThat(result.measured().value()).isEqualTo(6);
        assertThat(result.outlook().projection()).isZero();
        assertThat(result.outlook().forecast()).isEqualTo(Forecast.DAT);
    }

    @Test
    void capsPercentageProjectionsAt100AndJudgesStagnation() {
        fact("A", 2026, 1, "HH_TOTAL", 100);
        fact("A", 2026, 1, "HH_CLEAN_WATER", 50);
        fact("A", 2026, 2, "HH_TOTAL", 100);
        fact("A", 2026, 2, "HH_CLEAN_WATER", 80);
        fact("A", 2026, 3, "HH_TOTAL", 100);
        fact("A", 2026, 3, "HH_CLEAN_WATER", 99);
        assertThat(compute("MT02", MetricKind.STOCK, LocalDate.of(2026, 3, 31)).outlook().projection()).isEqualTo(100);

        facts.clear();
        for (int month = 1; month <= 3; month++) {
            fact("A", 2026, month, "HH_TOTAL", 100);
            fact("A", 2026, month, "HH_CLEAN_WATER", 50);
        }
        IndicatorResult flat = compute("MT02", MetricKind.STOCK, LocalDate.of(2026, 3, 31));
        assertThat(flat.outlook().projection()).isEqualTo(50);
        assertThat(flat.outlook().forecast()).isEqualTo(Forecast.TRI_TRE);
    }

    @Test
    void reportsAFallBelowTheAreaToMaintain() {
        // given: 115 ha of low-emission rice in January, 110 ha in February
        fact("H", 2026, 1, "RICE_LOW_EMISSION_HA", 115);
        fact("H", 2026, 2, "RICE_LOW_EMISSION_HA", 110);

        // when
        IndicatorResult result = compute("NN02", MetricKind.STOCK, LocalDate.of(2026, 2, 28), List.of("H"));

        // then
        assertThat(result.status()).isNotEqualTo(Status.DAT);
        assertThat(result.regression()).isTrue();
        assertThat(result.note()).contains("Đã từng đạt mục tiêu nhưng nay giảm xuống dưới mức 112 ha");
    }

    @Test
    void followsTheYearlyMilestonesWhenTheCommuneSetsThem() {
        // given: MT02 with a milestone of 80 % by the end of 2026, from 50 % on 31/01/2026
        Indicator plain = TestWorkbooks.CATALOG.indicator("MT02").orElseThrow();
        Indicator.Goal goal = plain.goal();
        Indicator withMilestone = new Indicator(plain.code(), plain.name(), plain.group(), plain.unit(), plain.source(),
                plain.formula(), new Indicator.Goal(goal.target(), goal.direction(), goal.maintain(),
                        new java.util.TreeMap<>(java.util.Map.of(2026, 80.0))), plain.baseline(), plain.check());
        fact("A", 2026, 1, "HH_TOTAL", 100);
        fact("A", 2026, 1, "HH_CLEAN_WATER", 50);
        fact("A", 2026, 7, "HH_TOTAL", 100);
        fact("A", 2026, 7, "HH_CLEAN_WATER", 60);

        // when
        IndicatorResult result = calculator.compute(withMilestone, MetricKind.STOCK, VILLAGES, new FactTable(facts),
                JULY_15);

        // then: the path to 80 % by 31/12/2026 (334 days) expects 50 + 30 × 165/334 = 64.82 on 15/07; 60 is behind
        assertThat(result.progress().trajectory()).isCloseTo(64.8204, within(1e-4));
        assertThat(result.status()).isEqualTo(Status.CHAM);
        // without the milestone the straight path to 2030 expects only 54.60, and 60 is on track
        assertThat(compute("MT02", MetricKind.STOCK, JULY_15).status()).isEqualTo(Status.DUNG_TIEN_DO);
    }

    @Test
    void saysThereIsNoDataRatherThanZero() {
        IndicatorResult result = compute("MT01", MetricKind.STOCK, JULY_15);

        assertThat(result.status()).isEqualTo(Status.KHONG_DU_LIEU);
        assertThat(result.measured().value()).isNull();
        assertThat(result.measured().unitsReporting()).isZero();
        assertThat(result.progress().attainment()).isNull();
    }

    private IndicatorResult cleanWaterInJuly(double percent) {
        facts.clear();
        fact("A", 2026, 1, "HH_TOTAL", 100);
        fact("A", 2026, 1, "HH_CLEAN_WATER", 50);
        fact("A", 2026, 7, "HH_TOTAL", 100);
        fact("A", 2026, 7, "HH_CLEAN_WATER", percent);
        return compute("MT02", MetricKind.STOCK, JULY_15);
    }

    private void fact(String unit, int year, int month, String metric, double value) {
        facts.add(new Observation(unit, YearMonth.of(year, month), metric, value));
    }

    private IndicatorResult compute(String code, MetricKind kind, LocalDate asOf) {
        return compute(code, kind, asOf, VILLAGES);
    }

    private IndicatorResult compute(String code, MetricKind kind, LocalDate asOf, List<String> units) {
        Indicator indicator = TestWorkbooks.CATALOG.indicator(code).orElseThrow();
        return calculator.compute(indicator, kind, units, new FactTable(facts), asOf);
    }
}
