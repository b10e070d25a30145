package vn.xanh.intake.internal.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.xanh.catalog.Names;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.system.Vietnamese;

/**
 * A day as clerks write it in a log: a date cell, a date typed as text ({@code 05/10/2026}, {@code 5-10-26},
 * {@code ngày 5/10}, {@code 2026-10-05}) or an Excel day number left without a date format.
 */
final class ActivityDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^(?:ngay\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2}|\\d{4}))?$");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");

    private ActivityDates() {
    }

    /** The day of a filled date cell, or null with the clerk's problem: unreadable, or outside the month reported. */
    static LocalDate dayOf(String sheet, CellValue cell, YearMonth period, List<Problem> problems) {
        Optional<LocalDate> parsed = parse(cell, period);
        if (parsed.isEmpty()) {
            problems.add(Problem.error(sheet, cell.ref(), null, "Ngày " + Vietnamese.quoted(cell.asText())
                    + " không đọc được. Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 05/10/2026."));
            return null;
        }
        if (period != null && !YearMonth.from(parsed.get()).equals(period)) {
            problems.add(Problem.error(sheet, cell.ref(), null, "Ngày " + Vietnamese.date(parsed.get())
                    + " không thuộc tháng báo cáo " + Periods.format(period) + ". Mỗi hoạt động ghi vào báo cáo của"
                    + " tháng diễn ra: sửa lại ngày, hoặc đưa hoạt động này vào báo cáo tháng "
                    + Periods.format(YearMonth.from(parsed.get())) + "."));
            return null;
        }
        return parsed.get();
    }

    /** The day, taking the report's year where only day and month were typed. */
    static Optional<LocalDate> parse(CellValue cell, YearMonth period) {
        return switch (cell.kind()) {
            case DATE -> Optional.of(cell.date());
            case NUMBER -> cell.number() > 20_000 && cell.number() < 80_000 && cell.number() == Math.rint(cell.number())
                    ? Optional.of(DateUtil.getLocalDateTime(cell.number()).toLocalDate()) : Optional.empty();
            case TEXT -> parse(cell.text(), period);
            default -> Optional.empty();
        };
    }

    static Optional<LocalDate> parse(String typed, YearMonth period) {
        String text = Names.fold(typed).replaceAll("\\s+", " ").trim();
        Matcher iso = YEAR_MONTH_DAY.matcher(text);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (!dmy.matches()) {
            return Optional.empty();
        }
        String year = dmy.group(3);
        if (year == null) {
            year = period == null ? null : Integer.toString(period.getYear());
        }
        else if (year.length() == 2) {
            year = "20" + year;
        }
        return year == null ? Optional.empty() : date(year, dmy.group(2), dmy.group(1));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        }
        catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
