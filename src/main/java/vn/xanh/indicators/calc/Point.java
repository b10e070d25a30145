package vn.xanh.indicators.calc;

import java.time.LocalDate;

/** One month of an indicator's history: its value standing at {@code date}. */
public record Point(LocalDate date, double value) {
}
