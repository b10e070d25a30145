package vn.xanh.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xanh.catalog.PlanDefinition.Expectation;
import vn.xanh.catalog.PlanDefinition.Frequency;
import vn.xanh.plan.internal.Windows;

class ReportPeriodTests {

    @Test
    void readsTheFourKindsOfPeriodAndSaysThemInVietnamese() {
        assertThat(ReportPeriod.parse("2026-10")).map(ReportPeriod::label).hasValue("tháng 10 năm 2026");
        assertThat(ReportPeriod.parse("2026-Q3")).map(ReportPeriod::label).hasValue("quý III năm 2026");
        assertThat(ReportPeriod.parse("2026-q4")).map(p -> p.first() + ".." + p.last()).hasValue("2026-10..2026-12");
        assertThat(ReportPeriod.parse("2026-H1")).map(ReportPeriod::label).hasValue("6 tháng đầu năm 2026");
        assertThat(ReportPeriod.parse("2026")).map(ReportPeriod::end).hasValue(LocalDate.of(2026, 12, 31));
        assertThat(ReportPeriod.parse("2026-13")).isEmpty();
        assertThat(ReportPeriod.parse("2026-Q5")).isEmpty();
        assertThat(ReportPeriod.parse("quý 3")).isEmpty();
    }

    @Test
    void theLatestClosedPeriodsOfADate() {
        // the first night of October closes September and the third quarter
        assertThat(ReportPeriod.latestClosed(LocalDate.of(2026, 10, 1))).extracting(ReportPeriod::key)
                .containsExactly("2026-09", "2026-Q3", "2026-H1", "2025");
        assertThat(ReportPeriod.latestClosed(LocalDate.of(2026, 11, 28))).extracting(ReportPeriod::key)
                .containsExactly("2026-10", "2026-Q3", "2026-H1", "2025");
        assertThat(ReportPeriod.latestClosed(LocalDate.of(2027, 1, 1))).extracting(ReportPeriod::key)
                .containsExactly("2026-12", "2026-Q4", "2026-H2", "2026");
    }

    @Test
    void anExpectationsWindowsStartWithThePlan() {
        Expectation quarterly = new Expectation("X", "x", "", List.of(), List.of("U"), "SINH_HOAT", Frequency.QUARTER,
                1, null);
        Expectation once = new Expectation("Y", "y", "", List.of(), List.of("U"), "HOI_NGHI", Frequency.ONCE, 1,
                YearMonth.of(2026, 7));

        assertThat(Windows.of(quarterly, YearMonth.of(2026, 5), YearMonth.of(2026, 1), YearMonth.of(2026, 12)))
                .extracting(ReportPeriod::key).containsExactly("2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(Windows.of(once, YearMonth.of(2026, 5), YearMonth.of(2026, 10), YearMonth.of(2026, 10)))
                .extracting(ReportPeriod::shortLabel).containsExactly("từ tháng 5/2026 đến tháng 7/2026");
        assertThat(Windows.of(quarterly, YearMonth.of(2026, 5), YearMonth.of(2025, 1), YearMonth.of(2025, 12)))
                .isEmpty();
    }
}
