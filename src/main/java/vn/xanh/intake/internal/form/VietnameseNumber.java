package vn.xanh.intake.internal.form;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed as text the Vietnamese way: a dot groups thousands ({@code 1.234}), a comma marks
 * decimals ({@code 12,5}), and a unit or {@code %} may follow ({@code 12,5 ha}).
 */
final class VietnameseNumber {

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "^([+-]?)\\s*(\\d{1,3}(?:[.\\s]\\d{3})+|\\d+)(?:,(\\d+))?(?:\\.(\\d+))?\\s*([\\p{L}%²/.\\s]*)$");

    private VietnameseNumber() {
    }

    static OptionalDouble parse(String typed) {
        String text = typed.strip().replace('\u00A0', ' ');
        Matcher matcher = NUMBER_WITH_UNIT.matcher(text);
        if (!matcher.matches() || matcher.group(3) != null && matcher.group(4) != null) {
            return OptionalDouble.empty();
        }
        String whole = matcher.group(2).replaceAll("[.\\s]", "");
        String fraction = matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
        double value = Double.parseDouble(fraction == null ? whole : whole + "." + fraction);
        return OptionalDouble.of("-".equals(matcher.group(1)) ? -value : value);
    }
}
