package vn.xanh.intake.internal.form;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.xanh.catalog.Names;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.system.Vietnamese;

/**
 * The month a report covers, as people write it: {@code Tháng 11/2026}, {@code T11/2026},
 * {@code 11/2026}, {@code 11-2026}, {@code 2026-11}, {@code tháng 11 năm 2026}, or a date in that month.
 */
public final class Periods {

    private static final List<Pattern> MONTH_YEAR = List.of(
            Pattern.compile("^(?:thang|t)?\\s*(\\d{1,2})\\s*(?:[/.-]|nam)\\s*(\\d{4})$"),
            Pattern.compile("^(?:ngay\\s*)?\\d{1,2}\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})$"));
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*\\d{1,2})?$");

    private Periods() {
    }

    static Optional<YearMonth> parse(CellValue cell) {
        if (cell.kind() == CellValue.Kind.DATE) {
            return Optional.of(YearMonth.from(cell.date()));
        }
        return cell.kind() == CellValue.Kind.TEXT ? parse(cell.text()) : Optional.empty();
    }

    static Optional<YearMonth> parse(String typed) {
        String text = Names.fold(typed).replace("thang", "thang ").replaceAll("\\s+", " ").trim();
        for (Pattern pattern : MONTH_YEAR) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                return yearMonth(matcher.group(2), matcher.group(1));
            }
        }
        Matcher matcher = YEAR_MONTH.matcher(text);
        return matcher.matches() ? yearMonth(matcher.group(1), matcher.group(2)) : Optional.empty();
    }

    private static Optional<YearMonth> yearMonth(String year, String month) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
        }
        catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "11/2026", as a clerk writes a month. */
    public static String format(YearMonth period) {
        return Vietnamese.month(period);
    }
}
