package vn.xanh.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * One of the commune's targets for 2030: how its value is computed from the reported metrics
 * ({@link Formula}), the goal it is held to, and optionally a baseline set by the commune and a check.
 *
 * @param unit the unit the value is shown in ("%", "ha")
 * @param source the kind of unit that reports its metrics
 */
public record Indicator(String code, String name, String group, String unit, UnitKind source, Formula formula,
        Goal goal, Baseline baseline, Check check) {

    public boolean isRatio() {
        return formula instanceof Formula.Ratio;
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** The metrics the value is computed from: the numerator and the denominator, or the one summed. */
    public List<String> metrics() {
        return formula.metrics();
    }

    /** How the value comes from the metrics: where a ratio and a sum differ. */
    public sealed interface Formula {

        List<String> metrics();

        /** 100 × Σ numerator / Σ denominator over the units, a percentage. */
        record Ratio(String numerator, String denominator) implements Formula {

            @Override
            public List<String> metrics() {
                return List.of(numerator, denominator);
            }
        }

        /** The units' values of one metric added up. */
        record Sum(String metric) implements Formula {

            @Override
            public List<String> metrics() {
                return List.of(metric);
            }
        }
    }

    /**
     * The value to reach by the target year and which way is better; milestones, when given, are the
     * values to reach by the end of earlier years (2026–2029).
     *
     * @param maintain a target to hold in every period ("duy trì"), not only to reach once
     */
    public record Goal(double target, Direction direction, boolean maintain, SortedMap<Integer, Double> milestones) {

        /** Whether a value meets the target: at least it, or at most it. */
        public boolean achievedBy(double value) {
            return direction == Direction.AT_LEAST ? value >= target : value <= target;
        }

        /** Lower values are better (straw burning, plastic waste). */
        public boolean lowerIsBetter() {
            return direction == Direction.AT_MOST;
        }
    }

    /** A baseline set by the commune instead of the first period with data. */
    public record Baseline(double value, LocalDate date) {
    }

    /** A warning raised when the sum of a metric falls below a minimum (NN01's 40 ha of fruit). */
    public record Check(String metric, double atLeast, String message) {
    }
}
