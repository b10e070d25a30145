package vn.xanh.indicators.calc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.MetricKind;

/** Each unit's own value of an indicator, ranked by how much it holds the commune back. */
public final class Breakdown {

    private Breakdown() {
    }

    public static List<UnitShare> of(Indicator indicator, MetricKind kind, List<String> units, FactTable facts,
            YearMonth month) {
        List<UnitShare> withData = new ArrayList<>();
        List<UnitShare> without = new ArrayList<>();
        for (String unit : units) {
            Measurement m = Measurer.measure(indicator.metrics(), kind, indicator.isRatio(), List.of(unit), facts, month);
            if (m.value() == null) {
                without.add(new UnitShare(unit, null, null, null, null, null));
            }
            else {
                withData.add(new UnitShare(unit, m.value(), m.numerator(),
                        indicator.isRatio() ? m.denominator() : null, shortfall(indicator, m), null));
            }
        }
        withData.sort(holdsBackMost(indicator));
        List<UnitShare> ranked = new ArrayList<>();
        for (int i = 0; i < withData.size(); i++) {
            UnitShare s = withData.get(i);
            ranked.add(new UnitShare(s.unit(), s.value(), s.numerator(), s.denominator(), s.shortfall(), i + 1));
        }
        ranked.addAll(without);
        return ranked;
    }

    private static Double shortfall(Indicator indicator, Measurement m) {
        if (indicator.goal().lowerIsBetter()) {
            return Math.max(0, m.value() - indicator.goal().target());
        }
        if (indicator.isRatio()) {
            return Math.max(0, indicator.goal().target() / 100 * m.denominator() - m.numerator());
        }
        return null;
    }

    /** Largest shortfall first; without a per-unit shortfall, the worst value first. */
    private static Comparator<UnitShare> holdsBackMost(Indicator indicator) {
        Comparator<UnitShare> byValue = Comparator.comparing(UnitShare::value);
        if (indicator.goal().lowerIsBetter()) {
            byValue = byValue.reversed();
        }
        if (indicator.goal().lowerIsBetter() || indicator.isRatio()) {
            return Comparator.comparing(UnitShare::shortfall, Comparator.reverseOrder()).thenComparing(byValue)
                    .thenComparing(UnitShare::unit);
        }
        return byValue.thenComparing(UnitShare::unit);
    }
}
