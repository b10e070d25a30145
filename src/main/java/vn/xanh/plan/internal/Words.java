package vn.xanh.plan.internal;

import vn.xanh.catalog.Indicator;
import vn.xanh.system.Vietnamese;

/** Numbers and values as the report writes them: {@code 1.234}, {@code 62,5%}, {@code 98 ha}. */
final class Words {

    private Words() {
    }

    static String number(double value) {
        return Vietnamese.number(value, 1);
    }

    static String count(long value) {
        return Vietnamese.number((double) value, 0);
    }

    static String value(Indicator indicator, Double value) {
        if (value == null) {
            return "–";
        }
        return number(value) + (indicator.isPercent() ? "%" : " " + indicator.unit());
    }

    static String target(Indicator indicator) {
        return (indicator.goal().lowerIsBetter() ? "≤ " : "≥ ") + value(indicator, indicator.goal().target());
    }

    static String gain(Indicator indicator, Double gain) {
        if (gain == null || gain == 0) {
            return null;
        }
        return (gain > 0 ? "tăng " : "giảm ") + number(Math.abs(gain))
                + (indicator.isPercent() ? " điểm %" : " " + indicator.unit());
    }

    /** "Hội nghị tuyên truyền, quán triệt" inside a sentence. */
    static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
