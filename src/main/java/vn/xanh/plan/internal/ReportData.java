package vn.xanh.plan.internal;

import java.util.List;
import java.util.Map;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.Activity;
import vn.xanh.facts.GreenModel;
import vn.xanh.indicators.BreakdownRepository;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.plan.ChannelTotals;
import vn.xanh.plan.ExpectationCheck;
import vn.xanh.plan.ReportPeriod;

/** Everything a periodic report says, gathered before a word is written. */
public record ReportData(Catalog catalog, ReportPeriod period, List<IndicatorResult> results,
        List<BreakdownRepository.Row> breakdowns, List<ChannelTotals> channels, List<Activity> activities,
        List<Unit> senders, Map<String, Long> monthsReported, List<ExpectationCheck> checks,
        List<GreenModel> modelsInPeriod, List<GreenModel> modelsToDate) {

    public String unitName(String code) {
        return catalog.units().nameOf(code);
    }

    /** Months of the period from the plan's start on: how many logs each sender owes. */
    public int monthsDue() {
        var start = catalog.plan().start();
        var first = period.first().isBefore(start) ? start : period.first();
        return first.isAfter(period.last()) ? 0 : (int) first.until(period.last(), java.time.temporal.ChronoUnit.MONTHS) + 1;
    }
}
