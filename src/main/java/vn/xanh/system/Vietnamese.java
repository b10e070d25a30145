package vn.xanh.system;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, dates and quotations as a Vietnamese reader writes them: {@code 1.234,5}, {@code 28/11/2026} and
 * “…”.
 */
public final class Vietnamese {

    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Vietnamese() {
    }

    public static String number(double value) {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(LOCALE)).format(value);
    }

    /** At most {@code decimals} places, for figures shown to the Party Committee. */
    public static String number(Double value, int decimals) {
        if (value == null) {
            return "–";
        }
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(LOCALE)).format(value);
    }

    /** "14:05 ngày 28/11/2026", in Vietnam's time. */
    public static String dateTime(java.time.OffsetDateTime moment) {
        return DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
                .format(moment.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A reporting month as clerks write it, "11/2026"; empty for none. */
    public static String month(YearMonth month) {
        return month == null ? "" : month.getMonthValue() + "/" + month.getYear();
    }

    /** The month a date falls in, "11/2026". */
    public static String month(LocalDate date) {
        return date == null ? "" : month(YearMonth.from(date));
    }

    /**
     * The text in Vietnamese quotation marks, “…”; marks already inside it become ‘…’, as a quotation
     * within a quotation is written.
     */
    public static String quoted(String text) {
        if (text == null) {
            return "“”";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('“');
        boolean open = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“', '„' -> out.append('‘');
                case '”' -> out.append('’');
                // A straight mark opens or closes by its turn, as a typist means it.
                case '"' -> {
                    out.append(open ? '‘' : '’');
                    open = !open;
                }
                default -> out.append(c);
            }
        }
        return out.append('”').toString();
    }
}
