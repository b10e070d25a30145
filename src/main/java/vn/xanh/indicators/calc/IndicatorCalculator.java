package vn.xanh.indicators.calc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.xanh.catalog.Direction;
import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.MetricKind;
import vn.xanh.system.Vietnamese;

/**
 * Computes one indicator as of a date: its value, attainment, trajectory and status, the projection
 * for the end of the plan with its forecast, and the gain still needed per year.
 */
public final class IndicatorCalculator {

    private static final int MIN_PERIODS_FOR_PROJECTION = 3;

    private final Plan plan;

    public IndicatorCalculator(Plan plan) {
        this.plan = plan;
    }


    public IndicatorResult compute(Indicator indicator, MetricKind kind, Collection<String> units, FactTable facts,
            LocalDate asOf) {
        return compute(indicator, kind, units, facts, asOf, history(indicator, kind, units, facts, asOf));
    }

    /** The same, given the indicator's {@link #history} already computed for the date (it is the costly part). */
    public IndicatorResult compute(Indicator indicator, MetricKind kind, Collection<String> units, FactTable facts,
            LocalDate asOf, List<Point> history) {
        YearMonth month = YearMonth.from(asOf);
        Measurement now = Measurer.measure(indicator.metrics(), kind, indicator.isRatio(), units, facts, month);
        String note = check(indicator, units, facts, month);
        if (now.value() == null || history.isEmpty()) {
            return IndicatorResult.noData(indicator.code(), asOf, measured(indicator, now, null, units), note);
        }
        double value = now.value();
        double target = indicator.goal().target();
        Point baseline = indicator.baseline() != null
                ? new Point(indicator.baseline().date(), indicator.baseline().value()) : history.get(0);
        double trajectory = plan.trajectory(baseline.value(), baseline.date(), indicator.goal().milestones(), target, asOf);
        Status status = status(indicator, value, trajectory, observedSince(baseline, history));
        Double projection = !indicator.isRatio() && kind == MetricKind.FLOW ? annualProjection(history)
                : projection(indicator, history);
        // A level that reached its target and fell back; a year-to-date flow restarts each January, so
        // its early months say nothing about having reached the target.
        boolean regression = kind == MetricKind.STOCK
                && history.stream().limit(history.size() - 1L).anyMatch(p -> indicator.goal().achievedBy(p.value()))
                && !indicator.goal().achievedBy(value);
        if (regression) {
            String fell = indicator.goal().lowerIsBetter() ? "vượt quá mức " : "giảm xuống dưới mức ";
            note = join(note, "Đã từng đạt mục tiêu nhưng nay " + fell + format(target) + " " + indicator.unit() + ".");
        }
        IndicatorResult.Progress progress = new IndicatorResult.Progress(baseline.value(), baseline.date(), trajectory,
                attainment(indicator, value),
                target == baseline.value() ? null : (value - baseline.value()) / (target - baseline.value()),
                plan.elapsedShare(baseline.date(), asOf));
        IndicatorResult.Outlook outlook = new IndicatorResult.Outlook(projection,
                forecast(indicator, baseline.value(), projection), gainPerYear(indicator, value, status, asOf));
        IndicatorResult result = IndicatorResult.judged(indicator.code(), asOf, status,
                measured(indicator, now, value, units), progress, outlook).noted(note);
        return regression ? result.fellBack() : result;
    }

    /**
     * The value at the end of each month in which something was reported, from the first to the as-of
     * date's month; months nobody reported for are not invented from carried-forward stocks.
     */
    public List<Point> history(Indicator indicator, MetricKind kind, Collection<String> units, FactTable facts,
            LocalDate asOf) {
        List<Point> points = new ArrayList<>();
        Optional<YearMonth> first = facts.firstMonth(units, indicator.metrics());
        if (first.isEmpty()) {
            return points;
        }
        YearMonth last = YearMonth.from(asOf);
        for (YearMonth month = first.get(); !month.isAfter(last); month = month.plusMonths(1)) {
            if (!facts.reported(units, indicator.metrics(), month)) {
                continue;
            }
            Double value = Measurer.measure(indicator.metrics(), kind, indicator.isRatio(), units, facts, month).value();
            if (value != null) {
                points.add(new Point(month.equals(last) ? asOf : month.atEndOfMonth(), value));
            }
        }
        return points;
    }

    private Status status(Indicator indicator, double value, double trajectory, boolean observedSince) {
        if (indicator.goal().achievedBy(value)) {
            return Status.DAT;
        }
        if (!observedSince) {
            return Status.CHUA_DANH_GIA;
        }
        double tolerance = indicator.isPercent() ? plan.tolerancePercentPoints()
                : plan.toleranceRelative() * Math.abs(trajectory);
        // For "at most" indicators lower is better, so the comparisons flip.
        double ahead = indicator.goal().direction() == Direction.AT_LEAST ? value - trajectory : trajectory - value;
        if (ahead >= 0) {
            return Status.DUNG_TIEN_DO;
        }
        return ahead >= -tolerance ? Status.CHAM : Status.NGUY_CO;
    }

    /**
     * Whether a value was reported in a month after the baseline's: with the baseline alone, the path
     * rises day by day past a value nobody measured again, and every indicator would turn "behind".
     */
    private static boolean observedSince(Point baseline, List<Point> history) {
        YearMonth base = YearMonth.from(baseline.date());
        return history.stream().anyMatch(p -> YearMonth.from(p.date()).isAfter(base));
    }

    static double attainment(Indicator indicator, double value) {
        double target = indicator.goal().target();
        if (indicator.goal().direction() == Direction.AT_LEAST) {
            return target <= 0 ? 100 : Math.min(100, 100 * value / target);
        }
        if (value <= target) {
            return 100;
        }
        return target <= 0 ? 0 : 100 * target / value;
    }

    /** Least squares through the monthly values, read at the plan's end; needs three months at least. */
    private Double projection(Indicator indicator, List<Point> history) {
        if (history.size() < MIN_PERIODS_FOR_PROJECTION) {
            return null;
        }
        List<LeastSquares.Point> points = history.stream()
                .map(p -> new LeastSquares.Point(p.date().toEpochDay(), p.value())).toList();
        double projected = LeastSquares.predict(points, plan.end().toEpochDay());
        projected = Math.max(0, projected);
        return indicator.isPercent() ? Math.min(100, projected) : projected;
    }

    /**
     * A count summed over the year (straw-burning incidents) restarts each January, so a line through
     * its year-to-date values means nothing: the line goes through the monthly amounts instead, and
     * the projection is twelve months at the rate it reaches by the plan's end.
     */
    private Double annualProjection(List<Point> history) {
        if (history.size() < MIN_PERIODS_FOR_PROJECTION) {
            return null;
        }
        List<LeastSquares.Point> monthly = new ArrayList<>();
        Point previous = null;
        for (Point point : history) {
            boolean sameYear = previous != null && previous.date().getYear() == point.date().getYear()
                    && YearMonth.from(previous.date()).plusMonths(1).equals(YearMonth.from(point.date()));
            double amount = sameYear ? point.value() - previous.value() : point.value();
            if (previous == null || sameYear || point.date().getMonthValue() == 1) {
                monthly.add(new LeastSquares.Point(point.date().toEpochDay(), amount));
            }
            previous = point;
        }
        if (monthly.size() < MIN_PERIODS_FOR_PROJECTION) {
            return null;
        }
        return Math.max(0, 12 * LeastSquares.predict(monthly, plan.end().toEpochDay()));
    }

    /** The UN progress-chart rule on the share of the way to the target the projection covers. */
    private static Forecast forecast(Indicator indicator, double baseline, Double projection) {
        if (projection == null) {
            return Forecast.CHUA_DU_DU_LIEU;
        }
        double target = indicator.goal().target();
        boolean startedAtTarget = indicator.goal().achievedBy(baseline);
        if (startedAtTarget) {
            return indicator.goal().achievedBy(projection) ? Forecast.DAT : Forecast.TRI_TRE;
        }
        double ratio = (projection - baseline) / (target - baseline);
        if (ratio >= 0.95) {
            return Forecast.DAT;
        }
        return ratio >= 0.10 ? Forecast.CAN_TANG_TOC : Forecast.TRI_TRE;
    }

    /** What must still be gained each year to reach the target by the plan's end; zero once achieved. */
    private Double gainPerYear(Indicator indicator, double value, Status status, LocalDate asOf) {
        double years = plan.yearsLeft(asOf);
        if (status == Status.DAT) {
            return 0.0;
        }
        return years <= 0 ? null : (indicator.goal().target() - value) / years;
    }

    private static String check(Indicator indicator, Collection<String> units, FactTable facts, YearMonth month) {
        Indicator.Check check = indicator.check();
        if (check == null) {
            return null;
        }
        Measurement sum = Measurer.measure(List.of(check.metric()), MetricKind.STOCK, false, units, facts, month);
        if (sum.value() != null && sum.value() < check.atLeast()) {
            return check.message() + " (hiện có " + format(sum.value()) + ", cần ít nhất " + format(check.atLeast()) + ").";
        }
        return null;
    }

    /** The value, and the numerator and denominator it comes from when some unit reported (a sum has no denominator). */
    private static IndicatorResult.Measured measured(Indicator indicator, Measurement now, Double value,
            Collection<String> units) {
        boolean reported = !now.units().isEmpty();
        return new IndicatorResult.Measured(value, indicator.goal().target(), reported ? now.numerator() : null,
                reported && indicator.isRatio() ? now.denominator() : null, now.units().size(), units.size());
    }

    private static String join(String first, String second) {
        return first == null ? second : first + " " + second;
    }

    static String format(double value) {
        return Vietnamese.number(value, 2);
    }
}
