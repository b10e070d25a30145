package vn.xanh.channels.internal;

import vn.xanh.catalog.Indicator;
import vn.xanh.system.Vietnamese;

/** Figures as the page and the pictures print them, the way the digest does: "53,3%", "104,5 ha". */
final class Shown {

    private Shown() {
    }

    static String value(Figures.Target target) {
        return target.measured() ? amount(target.result().measured().value(), target.indicator()) : null;
    }

    static String target(Figures.Target target) {
        return amount(target.indicator().goal().target(), target.indicator());
    }

    /** "≥ 100%", "≤ 0 vụ": the target with the way it must be met. */
    static String targetWithDirection(Figures.Target target) {
        return (target.lowerIsBetter() ? "≤ " : "≥ ") + target(target);
    }

    static String amount(double value, Indicator indicator) {
        return Vietnamese.number(value, 1) + (indicator.isPercent() ? "%" : " " + indicator.unit());
    }
}
