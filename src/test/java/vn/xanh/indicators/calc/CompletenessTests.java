package vn.xanh.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompletenessTests {

    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    final Completeness completeness = new Completeness(5);

    @Test
    void judgesEachUnitAgainstTheFifthOfTheNextMonth() {
        // given: A in time for October, B on the 6th, C never; D sent nothing since August
        List<Completeness.Arrival> arrivals = List.of(
                new Completeness.Arrival("A", OCTOBER, LocalDate.of(2026, 11, 5)),
                new Completeness.Arrival("A", SEPTEMBER, LocalDate.of(2026, 10, 3)),
                new Completeness.Arrival("B", OCTOBER, LocalDate.of(2026, 11, 6)),
                new Completeness.Arrival("B", OCTOBER, LocalDate.of(2026, 11, 20)),
                new Completeness.Arrival("C", SEPTEMBER, LocalDate.of(2026, 10, 1)),
                new Completeness.Arrival("D", YearMonth.of(2026, 8), LocalDate.of(2026, 9, 1)),
                new Completeness.Arrival("A", NOVEMBER, LocalDate.of(2026, 11, 28)));

        // when
        List<Completeness.Line> lines = completeness.assess(List.of("A", "B", "C", "D"), arrivals,
                LocalDate.of(2026, 11, 28));

        // then: October is past its deadline; November is not due yet
        assertThat(lines).containsExactly(
                new Completeness.Line(OCTOBER, "A", ReportStatus.REPORTED, LocalDate.of(2026, 11, 5), 0),
                new Completeness.Line(OCTOBER, "B", ReportStatus.LATE, LocalDate.of(2026, 11, 6), 0),
                new Completeness.Line(OCTOBER, "C", ReportStatus.MISSING, null, 1),
                new Completeness.Line(OCTOBER, "D", ReportStatus.MISSING, null, 2),
                new Completeness.Line(NOVEMBER, "A", ReportStatus.REPORTED, LocalDate.of(2026, 11, 28), 0),
                new Completeness.Line(NOVEMBER, "B", ReportStatus.NOT_DUE, null, 0),
                new Completeness.Line(NOVEMBER, "C", ReportStatus.NOT_DUE, null, 1),
                new Completeness.Line(NOVEMBER, "D", ReportStatus.NOT_DUE, null, 2));
    }

    @Test
    void beforeTheDeadlineAMissingReportIsNotYetDue() {
        List<Completeness.Line> lines = completeness.assess(List.of("A"), List.of(), LocalDate.of(2026, 11, 5));

        assertThat(lines).extracting(Completeness.Line::status).containsExactly(ReportStatus.NOT_DUE,
                ReportStatus.NOT_DUE);
    }
}
