package vn.xanh.channels.internal;

import java.util.List;
import java.util.Locale;

import vn.xanh.indicators.calc.Point;

/**
 * A trend small enough to sit beside each target on the index: the monthly values as a line and the
 * target as a dashed rule, as SVG coordinates in a 120 × 40 box, drawn by the page without any script.
 *
 * @param points the {@code points} of the values' polyline; empty when there is no history
 * @param targetY where the target's rule lies
 */
record Sparkline(String points, String targetY, String lastX, String lastY) {

    static final double WIDTH = 120;
    static final double HEIGHT = 40;
    private static final double PAD = 3;

    static Sparkline of(List<Point> history, double target) {
        if (history == null || history.isEmpty()) {
            return new Sparkline("", "", "", "");
        }
        double low = Math.min(0, Math.min(target, history.stream().mapToDouble(Point::value).min().orElse(0)));
        double high = Math.max(target, history.stream().mapToDouble(Point::value).max().orElse(0));
        double span = high - low == 0 ? 1 : high - low;
        StringBuilder points = new StringBuilder();
        String x = "";
        String y = "";
        for (int i = 0; i < history.size(); i++) {
            x = coordinate(history.size() == 1 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (history.size() - 1));
            y = coordinate(HEIGHT - PAD - (history.get(i).value() - low) / span * (HEIGHT - 2 * PAD));
            points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
        }
        return new Sparkline(points.toString(), coordinate(HEIGHT - PAD - (target - low) / span * (HEIGHT - 2 * PAD)),
                x, y);
    }

    public boolean empty() {
        return points.isEmpty();
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
