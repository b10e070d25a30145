package vn.xanh.indicators.calc;

import java.time.YearMonth;

/** One fact as the arithmetic sees it. */
public record Observation(String unit, YearMonth period, String metric, double value) {
}
