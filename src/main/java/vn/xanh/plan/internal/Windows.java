package vn.xanh.plan.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.xanh.catalog.PlanDefinition.Expectation;
import vn.xanh.plan.ReportPeriod;

/** The windows of time in which an expectation must be met, within a span of months. */
public final class Windows {

    private Windows() {
    }

    /**
     * The windows of the expectation that overlap {@code first}…{@code last}, none before the plan's
     * start; a one-off expectation has a single window from the start to its deadline.
     */
    public static List<ReportPeriod> of(Expectation expectation, YearMonth planStart, YearMonth first, YearMonth last) {
        YearMonth from = first.isBefore(planStart) ? planStart : first;
        List<ReportPeriod> windows = new ArrayList<>();
        if (from.isAfter(last)) {
            return windows;
        }
        ReportPeriod.Kind kind = switch (expectation.every()) {
            case MONTH -> ReportPeriod.Kind.MONTH;
            case QUARTER -> ReportPeriod.Kind.QUARTER;
            case YEAR -> ReportPeriod.Kind.YEAR;
            case ONCE -> null;
        };
        if (kind == null) {
            windows.add(ReportPeriod.span(planStart, expectation.by()));
            return windows;
        }
        ReportPeriod window = ReportPeriod.of(kind, from);
        while (!window.first().isAfter(last)) {
            windows.add(window);
            window = ReportPeriod.of(kind, window.last().plusMonths(1));
        }
        return windows;
    }
}
