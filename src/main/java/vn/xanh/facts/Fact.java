package vn.xanh.facts;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One number a unit reported for one month. */
public record Fact(String unitCode, YearMonth period, String metric, BigDecimal value) {
}
