package vn.xanh.indicators.calc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    /** The value the straight path from baseline to target expects at {@code date}. */
    public double trajectory(double baseline, LocalDate baselineDate, double target, LocalDate date) {
        return baseline + (target - baseline) * elapsedShare(baselineDate, date);
    }

    public double yearsLeft(LocalDate date) {
        return ChronoUnit.DAYS.between(date, end) / 365.25;
    }
}
