package vn.xanh.indicators.calc;

import java.util.Set;

/**
 * An indicator's value at one month: the sums it came from and the units that reported.
 *
 * @param value the value, or null when no unit reported (or a ratio's denominator is zero)
 */
public record Measurement(Double value, double numerator, double denominator, Set<String> units) {
}
