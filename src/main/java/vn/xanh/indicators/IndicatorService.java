package vn.xanh.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.MetricKind;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.facts.AsKnown;
import vn.xanh.facts.FactRepository;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.indicators.calc.Breakdown;
import vn.xanh.indicators.calc.Completeness;
import vn.xanh.indicators.calc.FactTable;
import vn.xanh.indicators.calc.IndicatorCalculator;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Observation;
import vn.xanh.indicators.calc.Plan;
import vn.xanh.indicators.calc.Point;
import vn.xanh.system.PausePoints;
import vn.xanh.system.RunLock;

/** Computes every indicator of the catalogue as of a date from the facts on record, and stores the results. */
@Service
public class IndicatorService {

    private final Catalog catalog;
    private final FactRepository facts;
    private final IndicatorResultRepository results;
    private final BreakdownRepository breakdowns;
    private final CompletenessRepository completeness;
    private final SubmissionRepository submissions;
    private final RunLock lock;

    public IndicatorService(Catalog catalog, FactRepository facts, IndicatorResultRepository results,
            BreakdownRepository breakdowns, CompletenessRepository completeness, SubmissionRepository submissions, RunLock lock) {
        this.lock = lock;
        this.catalog = catalog;
        this.facts = facts;
        this.results = results;
        this.breakdowns = breakdowns;
        this.completeness = completeness;
        this.submissions = submissions;
    }

    /** Who stores a date's results: only a nightly run's are what the next run's "status changed" compares with. */
    public enum StoredBy {
        NIGHTLY_RUN, RERUN
    }

    /** Results and each unit's share as of a date, as the periodic report reads them. */
    public record Reading(List<IndicatorResult> results, List<BreakdownRepository.Row> breakdowns) {
    }

    /** One date's calculation: the results, each unit's share, and the monthly values behind them. */
    private record Calculation(List<IndicatorResult> results, List<BreakdownRepository.Row> shares,
            Map<String, List<Point>> history) {
    }

    /** As a nightly run stores them, from every submission on record. */
    @Transactional
    public List<IndicatorResult> computeAndStore(LocalDate asOf) {
        return computeAndStore(asOf, AsKnown.now(), StoredBy.NIGHTLY_RUN);
    }

    /**
     * Computes every indicator as of the date, each unit's share of those with several units, and who
     * reported, from the submissions known as said; replaces what was stored for that date, so computing
     * a date twice gives the same rows.
     */
    @Transactional
    public List<IndicatorResult> computeAndStore(LocalDate asOf, AsKnown known, StoredBy by) {
        Calculation calculation = calculate(asOf, known);
        lock.verifyHeld();
        lastHistory = new History(asOf, known, java.util.Collections.unmodifiableMap(calculation.history()));
        results.replace(asOf, calculation.results(), by == StoredBy.NIGHTLY_RUN);
        PausePoints.reach("indicators.stored");
        breakdowns.replace(asOf, calculation.shares());
        completeness.replace(asOf, assessCompleteness(asOf, known));
        return calculation.results();
    }

    /**
     * The results of the date as a run stored them; when no run was made for that day, computed from the
     * facts on record and kept nowhere (rounded as the database would, so both ways read alike).
     */
    public Reading read(LocalDate asOf) {
        List<IndicatorResult> stored = results.find(asOf);
        if (!stored.isEmpty()) {
            return new Reading(stored, breakdowns.find(asOf));
        }
        return computed(asOf);
    }

    /** The results of the date computed now from the facts on record, kept nowhere, rounded as stored ones. */
    public Reading computed(LocalDate asOf) {
        Calculation calculation = calculate(asOf, AsKnown.now());
        return new Reading(calculation.results().stream().map(IndicatorResultRepository::asStored)
                .sorted(java.util.Comparator.comparing(IndicatorResult::code)).toList(),
                BreakdownRepository.asStored(calculation.shares()));
    }

    private Calculation calculate(LocalDate asOf, AsKnown known) {
        FactTable table = factTable(asOf, known);
        IndicatorCalculator calculator = calculator();
        Map<String, List<Point>> history = history(calculator, table, asOf);
        List<IndicatorResult> computed = catalog.indicators().stream()
                .map(indicator -> calculator.compute(indicator, kindOf(indicator), unitCodes(indicator), table, asOf,
                        history.get(indicator.code())))
                .toList();
        List<BreakdownRepository.Row> shares = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            List<String> units = unitCodes(indicator);
            if (units.size() > 1) {
                Breakdown.of(indicator, kindOf(indicator), units, table, YearMonth.from(asOf))
                        .forEach(share -> shares.add(new BreakdownRepository.Row(indicator.code(), share)));
            }
        }
        return new Calculation(computed, shares, history);
    }

    private List<CompletenessRepository.Row> assessCompleteness(LocalDate asOf, AsKnown known) {
        ZoneId zone = catalog.schedule().timeZone();
        List<Completeness.Arrival> arrivals = new ArrayList<>();
        List<String> numberTemplates = catalog.templates().stream().filter(t -> t.activityLog() == null)
                .map(vn.xanh.catalog.Template::id).toList();
        for (SubmissionRepository.Arrival arrival : submissions.arrivals(known, numberTemplates)) {
            LocalDate arrived = arrival.arrivedAt().atZoneSameInstant(zone).toLocalDate();
            // A market board that had nothing to report speaks for each of its markets.
            List<Unit> markets = catalog.units().marketsOf(arrival.unitCode());
            List<String> units = markets.isEmpty() ? List.of(arrival.unitCode())
                    : markets.stream().map(Unit::code).toList();
            units.forEach(unit -> arrivals.add(new Completeness.Arrival(unit, arrival.period(), arrived)));
        }
        Completeness assessment = new Completeness(catalog.schedule().reportDeadlineDay());
        List<CompletenessRepository.Row> rows = new ArrayList<>();
        for (UnitKind kind : List.of(UnitKind.VILLAGE, UnitKind.COOPERATIVE, UnitKind.MARKET, UnitKind.OFFICE)) {
            List<String> units = catalog.units().ofKind(kind).stream().map(Unit::code).toList();
            assessment.assess(units, arrivals, asOf)
                    .forEach(line -> rows.add(CompletenessRepository.row(line, kind.key())));
        }
        return rows;
    }

    /**
     * Each indicator's monthly values up to the date, for trend charts. The indicators step computed them
     * moments before from the same facts (intake is over by then), so the report reuses that; a process
     * that did not compute the date (a restart at the report step) computes them from the facts on record.
     */
    public Map<String, List<Point>> history(LocalDate asOf) {
        return history(asOf, AsKnown.now());
    }

    /** The same, from the submissions known as said. */
    public Map<String, List<Point>> history(LocalDate asOf, AsKnown known) {
        History last = lastHistory;
        if (last != null && last.asOf().equals(asOf) && last.known().equals(known)) {
            return last.points();
        }
        return history(calculator(), factTable(asOf, known), asOf);
    }

    /** The history of the last date computed by this process, and from which submissions. */
    private record History(LocalDate asOf, AsKnown known, Map<String, List<Point>> points) {
    }

    private volatile History lastHistory;

    private Map<String, List<Point>> history(IndicatorCalculator calculator, FactTable table, LocalDate asOf) {
        Map<String, List<Point>> history = new LinkedHashMap<>();
        for (Indicator indicator : catalog.indicators()) {
            history.put(indicator.code(), calculator.history(indicator, kindOf(indicator), unitCodes(indicator), table,
                    asOf));
        }
        return history;
    }

    private FactTable factTable(LocalDate asOf, AsKnown known) {
        return new FactTable(facts.effectiveAsOf(asOf, known).stream()
                .map(f -> new Observation(f.unitCode(), f.period(), f.metric(), f.value().doubleValue())).toList());
    }

    private IndicatorCalculator calculator() {
        return new IndicatorCalculator(Plan.until(catalog.targetYear(), catalog.schedule().tolerancePercentPoints(),
                catalog.schedule().toleranceRelative()));
    }

    public List<CompletenessRepository.Row> completeness(LocalDate asOf) {
        return completeness.find(asOf);
    }

    public List<BreakdownRepository.Row> breakdowns(LocalDate asOf) {
        return breakdowns.find(asOf);
    }

    public List<IndicatorResult> stored(LocalDate asOf) {
        return results.find(asOf);
    }

    /** The results of the last nightly run before the date: what "status changed" compares with. */
    public List<IndicatorResult> previous(LocalDate asOf) {
        return results.latestNightlyBefore(asOf);
    }

    private MetricKind kindOf(Indicator indicator) {
        return catalog.metric(indicator.metrics().get(0)).orElseThrow().kind();
    }

    private List<String> unitCodes(Indicator indicator) {
        return catalog.units().ofKind(indicator.source()).stream().map(Unit::code).toList();
    }
}
