package vn.xanh.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * One of the commune's targets for 2030. A ratio indicator has a numerator and a denominator; a sum
 * indicator has one metric. Milestones, when given, are the values to reach by the end of earlier
 * years (2026–2029).
 */
public record Indicator(String code, String name, String group, String numerator, String denominator,
        String metric, String unit, double target, Direction direction, UnitKind source, boolean maintain,
        Baseline baseline, Check check, SortedMap<Integer, Double> milestones) {

    public boolean isRatio() {
        return numerator != null;
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    public List<String> metrics() {
        return isRatio() ? List.of(numerator, denominator) : List.of(metric);
    }

    /** A baseline set by the commune instead of the first period with data. */
    public record Baseline(double value, LocalDate date) {
    }

    /** A warning raised when the sum of a metric falls below a minimum (NN01's 40 ha of fruit). */
    public record Check(String metric, double atLeast, String message) {
    }
}
