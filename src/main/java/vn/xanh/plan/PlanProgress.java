package vn.xanh.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.xanh.catalog.ActivityLog;
import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.PlanDefinition.Expectation;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.Activity;
import vn.xanh.facts.ActivityRepository;
import vn.xanh.facts.GreenModel;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.plan.internal.Windows;

/**
 * What the organisations and party cells did in a period, by channel; who sent no log; and each of the
 * plan's expectations checked per organisation and window: met, not yet due, or missed.
 */
@Service
public class PlanProgress {

    private final Catalog catalog;
    private final ActivityRepository activities;
    private final GreenModelRepository models;

    public PlanProgress(Catalog catalog, ActivityRepository activities, GreenModelRepository models) {
        this.catalog = catalog;
        this.activities = activities;
        this.models = models;
    }

    /** Whether the commune defines an activity log at all; without it the plan has nothing to show. */
    public boolean tracked() {
        return catalog.activityLogTemplate().isPresent();
    }

    public List<Activity> activities(ReportPeriod period) {
        return activities.between(period.first(), period.last());
    }

    /** Every form of the plan, in the plan's order, with its sums over the period (zeros included). */
    public List<ChannelTotals> channels(ReportPeriod period) {
        List<Activity> logged = activities(period);
        List<ChannelTotals> totals = new ArrayList<>();
        for (ActivityLog.Form form : forms()) {
            List<Activity> of = logged.stream().filter(a -> a.form().equals(form.code())).toList();
            totals.add(new ChannelTotals(form.code(), form.name(), of.size(), sum(of, Activity::participants),
                    sum(of, Activity::minutes), sum(of, Activity::quantity)));
        }
        return totals;
    }

    /** The organisations, party cells and offices that send the activity log, in the registry's order. */
    public List<Unit> senders() {
        return catalog.activityLogTemplate().map(t -> catalog.units().ofKinds(t.senders())).orElse(List.of());
    }

    /** How many months of the period each sender reported (activities or "Không phát sinh"). */
    public Map<String, Long> monthsReported(ReportPeriod period) {
        String template = catalog.activityLogTemplate().map(Template::id).orElse("");
        return activities.reported(template, period.first(), period.last()).stream()
                .collect(Collectors.groupingBy(ActivityRepository.Reported::unitCode, Collectors.counting()));
    }

    /** Senders that sent no activity log for any month of the period. */
    public List<Unit> silent(ReportPeriod period) {
        Map<String, Long> reported = monthsReported(period);
        return senders().stream().filter(unit -> !reported.containsKey(unit.code())).toList();
    }

    /**
     * Each expectation for each of its organisations, over its windows that overlap the period. A window
     * not met counts as missed once it has ended by {@code horizon}, the last month whose logs are in.
     */
    public List<ExpectationCheck> checks(ReportPeriod period, YearMonth horizon) {
        List<ExpectationCheck> checks = new ArrayList<>();
        YearMonth start = catalog.plan().start();
        List<Expectation> expectations = catalog.plan().expectations();
        if (expectations.isEmpty()) {
            return checks;
        }
        YearMonth earliest = expectations.stream().flatMap(e -> Windows.of(e, start, period.first(), period.last())
                .stream()).map(ReportPeriod::first).min(YearMonth::compareTo).orElse(period.first());
        List<Activity> logged = activities.between(earliest, period.last());
        for (Expectation expectation : expectations) {
            for (ReportPeriod window : Windows.of(expectation, start, period.first(), period.last())) {
                YearMonth until = window.last().isAfter(period.last()) ? period.last() : window.last();
                // A quarter or year the plan began in counts only from the plan's start.
                YearMonth from = window.first().isBefore(start) ? start : window.first();
                for (Unit unit : units(expectation)) {
                    int done = (int) logged.stream().filter(a -> a.unitCode().equals(unit.code())
                            && a.form().equals(expectation.form()) && !a.period().isBefore(from)
                            && !a.period().isAfter(until)).count();
                    ExpectationStatus status = done >= expectation.atLeast() ? ExpectationStatus.MET
                            : window.last().isAfter(horizon) ? ExpectationStatus.NOT_YET_DUE : ExpectationStatus.MISSED;
                    checks.add(new ExpectationCheck(expectation, unit.code(), window, done, status));
                }
            }
        }
        return checks;
    }

    /** The models reported as recognised for months of the period, each once (the first report names it). */
    public List<GreenModel> modelsRecognised(ReportPeriod period) {
        return models.recognisedAsOf(period.end()).stream().filter(m -> period.contains(m.reportedFor())).toList();
    }

    /** Every model recognised since the plan began, up to the period's end. */
    public List<GreenModel> modelsToDate(ReportPeriod period) {
        return models.recognisedAsOf(period.end());
    }

    /** The units an expectation applies to: its kinds, then its named units, each once, in the registry's order. */
    public List<Unit> units(Expectation expectation) {
        Set<Unit> units = new LinkedHashSet<>(catalog.units().ofKinds(expectation.kinds()));
        expectation.units().forEach(code -> catalog.units().byCode(code).ifPresent(units::add));
        return List.copyOf(units);
    }

    private List<ActivityLog.Form> forms() {
        return catalog.activityLogTemplate().map(t -> t.activityLog().forms()).orElse(List.of());
    }

    private static int sum(List<Activity> activities, java.util.function.Function<Activity, Integer> count) {
        return activities.stream().map(count).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
    }
}
