package vn.xanh.indicators.calc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who was expected to report for a month, who did and when: in time when the report arrived by the
 * deadline day of the following month, late after it, missing once the deadline has passed without
 * one. Also how many closed months in a row a unit has been silent.
 */
public final class Completeness {

    private static final int LONGEST_SILENCE_COUNTED = 24;

    /** The first arrival of an accepted report of a unit for a month. */
    public record Arrival(String unit, YearMonth period, LocalDate arrived) {
    }

    /** One unit's standing for one month. */
    public record Line(YearMonth period, String unit, ReportStatus status, LocalDate arrived, int silentMonths) {
    }

    private final int deadlineDay;

    public Completeness(int deadlineDay) {
        this.deadlineDay = deadlineDay;
    }

    public LocalDate deadline(YearMonth period) {
        return period.plusMonths(1).atDay(deadlineDay);
    }

    /** The latest closed month and the as-of date's own month, for each expected unit. */
    public List<Line> assess(Collection<String> units, Collection<Arrival> arrivals, LocalDate asOf) {
        Map<String, Map<YearMonth, LocalDate>> byUnit = new HashMap<>();
        for (Arrival arrival : arrivals) {
            byUnit.computeIfAbsent(arrival.unit(), u -> new HashMap<>()).merge(arrival.period(), arrival.arrived(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        YearMonth current = YearMonth.from(asOf);
        List<Line> lines = new ArrayList<>();
        for (YearMonth period : List.of(current.minusMonths(1), current)) {
            for (String unit : units) {
                Map<YearMonth, LocalDate> reported = byUnit.getOrDefault(unit, Map.of());
                LocalDate arrived = reported.get(period);
                lines.add(new Line(period, unit, status(period, arrived, asOf), arrived,
                        silentMonths(reported, current.minusMonths(1))));
            }
        }
        return lines;
    }

    private ReportStatus status(YearMonth period, LocalDate arrived, LocalDate asOf) {
        LocalDate deadline = deadline(period);
        if (arrived != null) {
            return arrived.isAfter(deadline) ? ReportStatus.LATE : ReportStatus.REPORTED;
        }
        return asOf.isAfter(deadline) ? ReportStatus.MISSING : ReportStatus.NOT_DUE;
    }

    /** Closed months in a row, back from the latest, with no report. */
    private static int silentMonths(Map<YearMonth, LocalDate> reported, YearMonth latestClosed) {
        int silent = 0;
        for (YearMonth month = latestClosed; silent < LONGEST_SILENCE_COUNTED && !reported.containsKey(month);
                month = month.minusMonths(1)) {
            silent++;
        }
        return silent;
    }
}
