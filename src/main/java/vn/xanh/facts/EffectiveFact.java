package vn.xanh.facts;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A fact that counts as of a date, with the file it came from. */
public record EffectiveFact(String unitCode, YearMonth period, String metric, BigDecimal value, String fileName) {
}
