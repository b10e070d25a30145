package vn.xanh.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates as a northern announcer reads them aloud: "hai mươi mốt", "một trăm linh năm",
 * "một nghìn không trăm linh năm", "ba mươi lăm phẩy hai phần trăm", "ngày hai mươi tám tháng mười một
 * năm hai nghìn không trăm hai mươi sáu". No library reads "mốt", "tư", "lăm" and "linh" right, so the
 * rules live here, once, for every stage that writes words meant to be heard.
 */
public final class SpokenVietnamese {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] SCALES = {"", " nghìn", " triệu"};
    private static final long BILLION = 1_000_000_000L;
    // Written the Vietnamese way: dots between thousands, a comma before decimals ("1.234,5").
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?");

    private SpokenVietnamese() {
    }

    /** A whole number, from zero to billions of billions ("một nghìn tỷ"), negative ones read with "âm". */
    public static String number(long value) {
        if (value < 0) {
            return "âm " + number(-value);
        }
        if (value == 0) {
            return DIGITS[0];
        }
        return whole(value, true);
    }

    /**
     * A decimal rounded to at most {@code decimals} places, trailing zeros dropped: 35.2 → "ba mươi lăm
     * phẩy hai", 3.05 → "ba phẩy không năm", 12.25 → "mười hai phẩy hai mươi lăm".
     */
    public static String number(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() < 0) {
            return "âm " + number(-value, decimals);
        }
        String plain = rounded.toPlainString();
        int point = plain.indexOf('.');
        if (point < 0) {
            return number(Long.parseLong(plain));
        }
        String fraction = plain.substring(point + 1);
        StringBuilder spoken = new StringBuilder(number(Long.parseLong(plain.substring(0, point)))).append(" phẩy");
        int leadingZeros = 0;
        while (fraction.charAt(leadingZeros) == '0') {
            spoken.append(' ').append(DIGITS[0]);
            leadingZeros++;
        }
        return spoken.append(' ').append(number(Long.parseLong(fraction.substring(leadingZeros)))).toString();
    }

    /** "ba mươi lăm phẩy hai phần trăm". */
    public static String percent(double value, int decimals) {
        return number(value, decimals) + " phần trăm";
    }

    /** "ngày mùng năm tháng tư năm hai nghìn không trăm hai mươi bảy": days one to ten take "mùng". */
    public static String date(LocalDate date) {
        int day = date.getDayOfMonth();
        return "ngày " + (day <= 10 ? "mùng " : "") + number(day) + " " + month(YearMonth.from(date));
    }

    /** "tháng tư năm hai nghìn không trăm hai mươi sáu": the fourth month is "tư", as it is said. */
    public static String month(YearMonth month) {
        return "tháng " + monthName(month.getMonthValue()) + " năm " + number(month.getYear());
    }

    public static String monthName(int month) {
        return month == 4 ? "tư" : number(month);
    }

    /** Every number written in digits within a text, read aloud ("Tổ 3" → "Tổ ba", "12,5" → "mười hai phẩy năm"). */
    public static String digitsInText(String text) {
        Matcher matcher = NUMBER_IN_TEXT.matcher(text);
        StringBuilder spoken = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group().replace(".", "");
            int comma = found.indexOf(',');
            String replacement = comma < 0 ? number(Long.parseLong(found))
                    : number(Double.parseDouble(found.replace(',', '.')), found.length() - comma - 1);
            matcher.appendReplacement(spoken, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(spoken).toString();
    }

    /** A number above zero; {@code leading} when nothing is said before it, so no "không trăm" is needed. */
    private static String whole(long value, boolean leading) {
        if (value >= BILLION) {
            long rest = value % BILLION;
            String billions = whole(value / BILLION, leading) + " tỷ";
            return rest == 0 ? billions : billions + " " + whole(rest, false);
        }
        StringBuilder spoken = new StringBuilder();
        long[] groups = {value / 1_000_000 % 1000, value / 1000 % 1000, value % 1000};
        boolean started = !leading;
        for (int i = 0; i < groups.length; i++) {
            int group = (int) groups[i];
            if (group == 0) {
                continue;
            }
            if (spoken.length() > 0) {
                spoken.append(' ');
            }
            // Once something has been said, a group below a hundred still names its hundreds: "không trăm".
            spoken.append(hundreds(group, started)).append(SCALES[2 - i]);
            started = true;
        }
        return spoken.toString();
    }

    private static String hundreds(int group, boolean full) {
        int hundred = group / 100;
        int ten = group / 10 % 10;
        int unit = group % 10;
        StringBuilder spoken = new StringBuilder();
        if (hundred > 0 || full) {
            spoken.append(DIGITS[hundred]).append(" trăm");
            if (ten == 0 && unit > 0) {
                return spoken.append(" linh ").append(DIGITS[unit]).toString();
            }
            if (ten == 0) {
                return spoken.toString();
            }
            spoken.append(' ');
        }
        if (ten == 0) {
            return spoken.append(DIGITS[unit]).toString();
        }
        if (ten == 1) {
            spoken.append("mười");
            return unit == 0 ? spoken.toString() : spoken.append(' ').append(unit == 5 ? "lăm" : DIGITS[unit]).toString();
        }
        spoken.append(DIGITS[ten]).append(" mươi");
        return switch (unit) {
            case 0 -> spoken.toString();
            case 1 -> spoken.append(" mốt").toString();
            case 4 -> spoken.append(" tư").toString();
            case 5 -> spoken.append(" lăm").toString();
            default -> spoken.append(' ').append(DIGITS[unit]).toString();
        };
    }
}
