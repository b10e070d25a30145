package vn.xanh.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xanh.system.Vietnamese;

/**
 * The period of a report: a month {@code 2026-10}, a quarter {@code 2026-Q3}, a half-year
 * {@code 2026-H1} or a year {@code 2026}, from its first to its last month.
 */
public record ReportPeriod(Kind kind, YearMonth first, YearMonth last, String key) {

    /** {@code SPAN} is a run of months with no name of its own, the window of a one-off expectation. */
    public enum Kind {
        MONTH, QUARTER, HALF_YEAR, YEAR, SPAN
    }

    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{1,2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-[Qq]([1-4])$");
    private static final Pattern HALF = Pattern.compile("^(\\d{4})-[Hh]([12])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public static Optional<ReportPeriod> parse(String text) {
        String typed = text == null ? "" : text.strip();
        Matcher m;
        if ((m = MONTH.matcher(typed)).matches()) {
            int month = Integer.parseInt(m.group(2));
            return month < 1 || month > 12 ? Optional.empty()
                    : Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), month)));
        }
        if ((m = QUARTER.matcher(typed)).matches()) {
            return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = HALF.matcher(typed)).matches()) {
            return Optional.of(half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = YEAR.matcher(typed)).matches()) {
            return Optional.of(year(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month, month, month.toString());
    }

    public static ReportPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new ReportPeriod(Kind.QUARTER, first, first.plusMonths(2), year + "-Q" + quarter);
    }

    public static ReportPeriod half(int year, int half) {
        YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
        return new ReportPeriod(Kind.HALF_YEAR, first, first.plusMonths(5), year + "-H" + half);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12), Integer.toString(year));
    }

    public static ReportPeriod span(YearMonth first, YearMonth last) {
        return new ReportPeriod(Kind.SPAN, first, last, first + ".." + last);
    }

    /** The period of this kind that holds the month. */
    public static ReportPeriod of(Kind kind, YearMonth month) {
        return switch (kind) {
            case MONTH, SPAN -> month(month);
            case QUARTER -> quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
            case HALF_YEAR -> half(month.getYear(), month.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(month.getYear());
        };
    }

    /** The latest period of each kind that ended before the date. */
    public static List<ReportPeriod> latestClosed(LocalDate date) {
        YearMonth previous = YearMonth.from(date).minusMonths(1);
        return List.of(Kind.MONTH, Kind.QUARTER, Kind.HALF_YEAR, Kind.YEAR).stream().map(kind -> {
            ReportPeriod holding = of(kind, YearMonth.from(date));
            return holding.first().equals(YearMonth.from(date)) ? of(kind, previous)
                    : of(kind, holding.first().minusMonths(1));
        }).toList();
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public LocalDate end() {
        return last.atEndOfMonth();
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** "tháng 10 năm 2026", "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026": as a sentence says it. */
    public String label() {
        return switch (kind) {
            case MONTH -> "tháng " + first.getMonthValue() + " năm " + first.getYear();
            case QUARTER -> "quý " + ROMAN[(first.getMonthValue() - 1) / 3] + " năm " + first.getYear();
            case HALF_YEAR -> (first.getMonthValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + first.getYear();
            case YEAR -> "năm " + first.getYear();
            case SPAN -> "từ tháng " + Vietnamese.month(first) + " đến tháng "
                    + Vietnamese.month(last);
        };
    }

    /** "quý III/2026": short, for a line of the digest or a table. */
    public String shortLabel() {
        return switch (kind) {
            case MONTH -> "tháng " + Vietnamese.month(first);
            case QUARTER -> "quý " + ROMAN[(first.getMonthValue() - 1) / 3] + "/" + first.getYear();
            case HALF_YEAR -> (first.getMonthValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + first.getYear();
            case YEAR -> "năm " + first.getYear();
            case SPAN -> label();
        };
    }
}
