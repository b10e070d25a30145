package vn.xanh.indicators.calc;

/**
 * One unit's own value of an indicator and what it lacks: for a ratio, how much the numerator must
 * grow for that unit to meet the target (households, tonnes…); for an "at most" count, how far above
 * the target it is. {@code position} 1 holds the commune back most; null when the unit has no data.
 */
public record UnitShare(String unit, Double value, Double numerator, Double denominator, Double shortfall,
        Integer position) {
}
