package vn.xanh.indicators.calc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;

/**
 * The plan's horizon and tolerances: the straight path from the baseline to the target at the end of
 * the target year, and how far below it counts as "behind" rather than "at risk".
 */
public record Plan(LocalDate end, double tolerancePercentPoints, double toleranceRelative) {

    public static Plan until(int targetYear, double tolerancePercentPoints, double toleranceRelative) {
        return new Plan(LocalDate.of(targetYear, 12, 31), tolerancePercentPoints, toleranceRelative);
    }

    /** The share of the way from the baseline date to the end of the plan that has passed by {@code date}. */
    public double elapsedShare(LocalDate baselineDate, LocalDate date) {
        long total = ChronoUnit.DAYS.between(baselineDate, end);
        if (total <= 0) {
            return 1;
        }
        double share = (double) ChronoUnit.DAYS.between(baselineDate, date) / total;
        return Math.max(0, Math.min(1, share));
    }

    /**
     * The value the path to the target expects at {@code date}: straight from the baseline to the end
     * of the first milestone's year, from there to the next, and to the target at the end of the plan
     * (one straight line when there are no milestones).
     */
    public double trajectory(double baseline, LocalDate baselineDate, SortedMap<Integer, Double> milestones,
            double target, LocalDate date) {
        LocalDate fromDate = baselineDate;
        double from = baseline;
        for (Map.Entry<Integer, Double> milestone : milestones.entrySet()) {
            LocalDate toDate = LocalDate.of(milestone.getKey(), 12, 31);
            if (!toDate.isAfter(fromDate)) {
                continue;
            }
            if (!date.isAfter(toDate)) {
                return between(from, fromDate, milestone.getValue(), toDate, date);
            }
            fromDate = toDate;
            from = milestone.getValue();
        }
        return between(from, fromDate, target, end, date);
    }

    private static double between(double from, LocalDate fromDate, double to, LocalDate toDate, LocalDate date) {
        long total = ChronoUnit.DAYS.between(fromDate, toDate);
        double share = total <= 0 ? 1 : (double) ChronoUnit.DAYS.between(fromDate, date) / total;
        return from + (to - from) * Math.max(0, Math.min(1, share));
    }

    public double yearsLeft(LocalDate date) {
        return ChronoUnit.DAYS.between(date, end) / 365.25;
    }
}
