package vn.xanh.system;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as a Vietnamese reader writes them: {@code 1.234,5} and {@code 28/11/2026}. */
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
}
