package vn.xanh.indicators.calc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The whole calculation of one indicator as of one date, so that a reader can see why the status is
 * what it is. Values are null where there is nothing to compute. {@code distanceTravelled} is the share
 * of the way from baseline to target covered, {@code timeElapsed} the share of the plan's time passed.
 */
public record IndicatorResult(String code, LocalDate asOf, Double value, double target, Double numerator,
        Double denominator, int unitsReporting, int unitsExpected, Double baselineValue, LocalDate baselineDate,
        Double attainment, Double trajectory, Status status, Double projection, Forecast forecast, Double gainPerYear,
        boolean regression, String note, Double distanceTravelled, Double timeElapsed) {

    /**
     * What the Party Committee must look at, the one rule every reader uses: behind or at risk, or fallen
     * back from a target once reached; a figure not yet judged is not, by its status.
     */
    public boolean needsAttention() {
        return status.needsAttention() || regression;
    }

    /** The same indicator's result in an earlier run if its status differed there; empty if unchanged or new. */
    public Optional<IndicatorResult> changedSince(List<IndicatorResult> earlier) {
        return earlier.stream().filter(p -> p.code().equals(code) && p.status() != status).findFirst();
    }
}
