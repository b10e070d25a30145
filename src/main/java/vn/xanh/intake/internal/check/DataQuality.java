package vn.xanh.intake.internal.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Metric;
import vn.xanh.catalog.MetricKind;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.Fact;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.form.Periods;
import vn.xanh.system.Vietnamese;

/**
 * Doubts about an accepted report, compared with the unit's earlier months: a level that jumps or
 * falls by more than half, a household count above the village's households, the same numbers three
 * months running. They never reject; the digest shows them so someone can ask.
 */
public final class DataQuality {

    private static final double JUMP = 0.5;
    /** Below this, a level going from 1 to 2 is ordinary life, not a doubt. */
    private static final double SMALL = 10;

    private final Catalog catalog;
    /** The village's total of households from the catalogue; null: nothing to compare household counts with. */
    private final Metric households;

    public DataQuality(Catalog catalog) {
        this.catalog = catalog;
        this.households = catalog.householdMetric().orElse(null);
    }

    /**
     * The months of history the checks usually need: the month before (jumps), the two before (the same numbers
     * again), the last household count. A unit that reports monthly has all of them in this window, so a new
     * report is compared without loading years of history.
     */
    public static final int RECENT_MONTHS = 12;

    /**
     * Whether the recent months are enough to check these facts exactly as the whole history would: each unit
     * has a month in them (then its latest month is there), and where a household count is compared with,
     * the unit has one in them (then its latest one is).
     */
    public boolean recentIsEnough(List<Fact> facts, List<EffectiveFact> recent) {
        Map<String, List<Fact>> byUnit = facts.stream().collect(Collectors.groupingBy(Fact::unitCode));
        return byUnit.entrySet().stream().allMatch(unit -> recent.stream().anyMatch(f -> f.unitCode().equals(unit.getKey()))
                && (!comparesWithHouseholds(unit.getValue()) || recent.stream()
                        .anyMatch(f -> f.unitCode().equals(unit.getKey()) && f.metric().equals(households.code()))));
    }

    private boolean comparesWithHouseholds(List<Fact> unitFacts) {
        return households != null && unitFacts.stream().noneMatch(f -> f.metric().equals(households.code()))
                && unitFacts.stream().anyMatch(f -> countsHouseholds(metric(f.metric())));
    }

    /** A count in the unit of the household total ("hộ"), so it can never exceed it. */
    private boolean countsHouseholds(Metric metric) {
        return metric.unit().equals(households.unit());
    }

    public List<Problem> check(List<Fact> facts, List<EffectiveFact> earlier) {
        List<Problem> warnings = new ArrayList<>();
        Map<String, List<Fact>> byUnit = facts.stream().collect(Collectors.groupingBy(Fact::unitCode));
        byUnit.forEach((unit, unitFacts) -> {
            NavigableMap<YearMonth, Map<String, Double>> history = new TreeMap<>();
            earlier.stream().filter(f -> f.unitCode().equals(unit)).forEach(f -> history
                    .computeIfAbsent(f.period(), p -> new java.util.HashMap<>()).put(f.metric(), f.value().doubleValue()));
            Map<String, Double> now = unitFacts.stream()
                    .collect(Collectors.toMap(Fact::metric, f -> f.value().doubleValue(), (a, b) -> a));
            YearMonth period = unitFacts.get(0).period();
            jumps(now, history, warnings);
            householdsAboveTotal(now, history, warnings);
            sameNumbers(now, period, history, warnings);
        });
        return warnings;
    }

    private void jumps(Map<String, Double> now, NavigableMap<YearMonth, Map<String, Double>> history,
            List<Problem> warnings) {
        if (history.isEmpty()) {
            return;
        }
        Map.Entry<YearMonth, Map<String, Double>> previous = history.lastEntry();
        now.forEach((code, value) -> {
            Metric metric = metric(code);
            Double before = previous.getValue().get(code);
            if (metric.kind() == MetricKind.STOCK && before != null && before > 0 && Math.max(before, value) >= SMALL
                    && Math.abs(value - before) / before > JUMP) {
                warnings.add(Problem.warning(null, null, code, Vietnamese.quoted(metric.label()) + " "
                        + (value > before ? "tăng" : "giảm") + " hơn một nửa so với tháng "
                        + Periods.format(previous.getKey()) + " (từ " + Vietnamese.number(before) + " thành "
                        + Vietnamese.number(value) + "). Đề nghị đơn vị kiểm tra lại."));
            }
        });
    }

    private void householdsAboveTotal(Map<String, Double> now, NavigableMap<YearMonth, Map<String, Double>> history,
            List<Problem> warnings) {
        if (households == null || now.containsKey(households.code())) {
            return;
        }
        Double total = history.descendingMap().values().stream().map(values -> values.get(households.code()))
                .filter(v -> v != null).findFirst().orElse(null);
        if (total == null) {
            return;
        }
        now.forEach((code, value) -> {
            Metric metric = metric(code);
            if (countsHouseholds(metric) && value > total) {
                warnings.add(Problem.warning(null, null, code, Vietnamese.quoted(metric.label()) + " ("
                        + Vietnamese.number(value) + ") lớn hơn tổng số hộ của thôn đã báo cáo ("
                        + Vietnamese.number(total) + ")."));
            }
        });
    }

    private void sameNumbers(Map<String, Double> now, YearMonth period,
            NavigableMap<YearMonth, Map<String, Double>> history, List<Problem> warnings) {
        boolean hasActivity = now.entrySet().stream()
                .anyMatch(e -> metric(e.getKey()).kind() == MetricKind.FLOW && e.getValue() > 0);
        Map<String, Double> oneBefore = history.get(period.minusMonths(1));
        Map<String, Double> twoBefore = history.get(period.minusMonths(2));
        if (hasActivity && now.equals(oneBefore) && now.equals(twoBefore)) {
            warnings.add(Problem.warning(null, null, null, "Số liệu giống hệt hai tháng trước ("
                    + Periods.format(period.minusMonths(2)) + " và " + Periods.format(period.minusMonths(1))
                    + "): có thể đơn vị gửi nhầm tệp của tháng cũ."));
        }
    }

    private Metric metric(String code) {
        return catalog.metric(code).orElseThrow();
    }
}
