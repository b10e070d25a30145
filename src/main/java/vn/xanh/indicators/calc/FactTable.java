package vn.xanh.indicators.calc;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Observations indexed by unit, then month, then metric. */
public final class FactTable {

    private final Map<String, NavigableMap<YearMonth, Map<String, Double>>> byUnit = new HashMap<>();

    public FactTable(Collection<Observation> observations) {
        for (Observation o : observations) {
            byUnit.computeIfAbsent(o.unit(), u -> new TreeMap<>()).computeIfAbsent(o.period(), p -> new HashMap<>())
                    .put(o.metric(), o.value());
        }
    }

    /** Each month of the unit, up to and including {@code last}, latest first. */
    NavigableMap<YearMonth, Map<String, Double>> monthsUpTo(String unit, YearMonth last) {
        NavigableMap<YearMonth, Map<String, Double>> months = byUnit.get(unit);
        return months == null ? new TreeMap<>() : months.headMap(last, true).descendingMap();
    }

    /** Whether any of the units reported any of the metrics for that very month. */
    boolean reported(Collection<String> units, Collection<String> metrics, YearMonth month) {
        return units.stream().map(byUnit::get).filter(m -> m != null).map(m -> m.get(month))
                .anyMatch(values -> values != null && metrics.stream().anyMatch(values::containsKey));
    }

    /** The first month in which any of the units reported any of the metrics. */
    Optional<YearMonth> firstMonth(Collection<String> units, Collection<String> metrics) {
        return units.stream().map(byUnit::get).filter(m -> m != null)
                .flatMap(months -> months.entrySet().stream())
                .filter(entry -> metrics.stream().anyMatch(entry.getValue()::containsKey))
                .map(Map.Entry::getKey).min(YearMonth::compareTo);
    }
}
