package vn.xanh.report;

import java.awt.Color;

/**
 * WCAG 2 contrast between two colours written {@code #RRGGBB}: the ratio of their relative luminances, from
 * 1 (none) to 21 (black on white). Text is legible to the AA level from 4.5.
 */
public final class Contrast {

    /** WCAG 2 level AA for normal text. */
    public static final double TEXT = 4.5;

    private Contrast() {
    }

    public static double ratio(String foreground, String background) {
        double a = luminance(decode(foreground));
        double b = luminance(decode(background));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The colour darkened, its hue kept, until it reaches {@code minimum} on the background; as it is if it does. */
    public static String darkenedFor(String colour, String background, double minimum) {
        Color c = decode(colour);
        for (int percent = 100; percent >= 0; percent--) {
            String shade = hex(new Color(c.getRed() * percent / 100, c.getGreen() * percent / 100,
                    c.getBlue() * percent / 100));
            if (ratio(shade, background) >= minimum) {
                return shade;
            }
        }
        return "#000000";
    }

    /** {@code #RGB} is CSS's short form of {@code #RRGGBB}, not a number as {@link Color#decode} reads it. */
    private static Color decode(String hex) {
        String digits = hex.strip().substring(1);
        return Color.decode("#" + (digits.length() == 3 ? digits.replaceAll("(.)", "$1$1") : digits));
    }

    static String hex(Color color) {
        return String.format("#%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
