package vn.xanh.indicators.calc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole calculation of one indicator as of one date, so that a reader can see why the status is
 * what it is: what was measured, how far along the path from the baseline it stands, where the pace
 * leads. Built by {@link #noData} or {@link #judged}; numbers inside the parts are null where there is
 * nothing to compute.
 *
 * @param regression a target once reached and fallen back from
 */
public record IndicatorResult(String code, LocalDate asOf, Status status, Measured measured, Progress progress,
        Outlook outlook, boolean regression, String note) {

    public IndicatorResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(outlook, "outlook");
    }

    /**
     * What was measured as of the date: the value against the target, the numerator and denominator it
     * comes from (the denominator null for a sum, both null when no unit reported), and how many units reported.
     */
    public record Measured(Double value, double target, Double numerator, Double denominator, int unitsReporting,
            int unitsExpected) {
    }

    /**
     * The way from the baseline to the target: the value the path expects today, the share of the target
     * reached ({@code attainment}, 0 to 100), the share of the way from baseline to target covered
     * ({@code distanceTravelled}) and of the plan's time passed ({@code timeElapsed}).
     */
    public record Progress(Double baselineValue, LocalDate baselineDate, Double trajectory, Double attainment,
            Double distanceTravelled, Double timeElapsed) {

        /** No value, so no path to stand on. */
        public static final Progress NONE = new Progress(null, null, null, null, null, null);
    }

    /** Where the pace leads: the value projected for the plan's end, its forecast, the gain still needed each year. */
    public record Outlook(Double projection, Forecast forecast, Double gainPerYear) {

        public Outlook {
            Objects.requireNonNull(forecast, "forecast");
        }

        /** Nothing to project from. */
        public static final Outlook NONE = new Outlook(null, Forecast.CHUA_DU_DU_LIEU, null);
    }

    /** Nothing measured as of the date (or no history): only who reported and the catalogue's note, if any. */
    public static IndicatorResult noData(String code, LocalDate asOf, Measured measured, String note) {
        return new IndicatorResult(code, asOf, Status.KHONG_DU_LIEU, measured, Progress.NONE, Outlook.NONE, false,
                note);
    }

    /** A value judged against its path; no note, not fallen back (see {@link #noted} and {@link #fellBack}). */
    public static IndicatorResult judged(String code, LocalDate asOf, Status status, Measured measured,
            Progress progress, Outlook outlook) {
        return new IndicatorResult(code, asOf, status, measured, progress, outlook, false, null);
    }

    /** The same result with this note for the reader (null for none). */
    public IndicatorResult noted(String text) {
        return new IndicatorResult(code, asOf, status, measured, progress, outlook, regression, text);
    }

    /** The same result, marked as a target once reached and fallen back from. */
    public IndicatorResult fellBack() {
        return new IndicatorResult(code, asOf, status, measured, progress, outlook, true, note);
    }

    /**
     * What the Party Committee must look at, the one rule every reader uses: behind or at risk, or fallen
     * back from a target once reached; a figure not yet judged is not, by its status.
     */
    public boolean needsAttention() {
        return status.needsAttention() || regression;
    }

    /**
     * The date of the value when it is the baseline alone, not yet judged: every reader shows its month
     * beside the value. Empty once a later month was reported, or with no value.
     */
    public Optional<LocalDate> baselineOnly() {
        return status == Status.CHUA_DANH_GIA ? Optional.ofNullable(progress.baselineDate()) : Optional.empty();
    }

    /** The same indicator's result in an earlier run if its status differed there; empty if unchanged or new. */
    public Optional<IndicatorResult> changedSince(List<IndicatorResult> earlier) {
        return earlier.stream().filter(p -> p.code().equals(code) && p.status() != status).findFirst();
    }
}
