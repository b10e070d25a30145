package vn.xanh.indicators.calc;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import vn.xanh.catalog.MetricKind;

/**
 * An indicator's value as of a month, by the rules of {@code docs/indicators.md}: a stock at each unit's
 * latest month, a flow summed over the calendar year to date, a ratio from summed numerators and
 * denominators. A unit that reported only one side of a ratio in a month adds to neither side.
 */
public final class Measurer {

    private Measurer() {
    }

    public static Measurement measure(List<String> metrics, MetricKind kind, boolean ratio, Collection<String> units,
            FactTable facts, YearMonth month) {
        double numerator = 0;
        double denominator = 0;
        TreeSet<String> reporting = new TreeSet<>();
        for (String unit : units) {
            boolean contributed = false;
            for (Map.Entry<YearMonth, Map<String, Double>> entry : facts.monthsUpTo(unit, month).entrySet()) {
                Map<String, Double> values = entry.getValue();
                if (kind == MetricKind.FLOW && entry.getKey().getYear() != month.getYear()) {
                    break;
                }
                if (!values.keySet().containsAll(metrics)) {
                    continue;
                }
                numerator += values.get(metrics.get(0));
                denominator += ratio ? values.get(metrics.get(1)) : 0;
                contributed = true;
                if (kind == MetricKind.STOCK) {
                    break;
                }
            }
            if (contributed) {
                reporting.add(unit);
            }
        }
        Double value;
        if (reporting.isEmpty() || ratio && denominator == 0) {
            value = null;
        }
        else {
            value = ratio ? 100 * numerator / denominator : numerator;
        }
        return new Measurement(value, numerator, denominator, reporting);
    }
}
