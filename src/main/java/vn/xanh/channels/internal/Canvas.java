package vn.xanh.channels.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import vn.xanh.report.Fonts;

/** A picture being drawn with the bundled font: text that wraps or shrinks to fit, rounded bars. */
final class Canvas implements AutoCloseable {

    static final Color GREEN = new Color(0x1B5E20);
    static final Color INK = new Color(0x212121);
    static final Color MUTED = new Color(0x555555);
    static final Color TRACK = new Color(0xE6E6E6);

    final BufferedImage image;
    final Graphics2D g;

    Canvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    void fill(Color color, int x, int y, int width, int height) {
        g.setColor(color);
        g.fillRect(x, y, width, height);
    }

    /** Text at a baseline; returns its width. */
    int text(String text, Font font, Color color, int x, int baseline) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, x, baseline);
        return g.getFontMetrics().stringWidth(text);
    }

    void textRight(String text, Font font, Color color, int right, int baseline) {
        g.setFont(font);
        text(text, font, color, right - g.getFontMetrics().stringWidth(text), baseline);
    }

    void textCentred(String text, Font font, Color color, int centre, int baseline) {
        g.setFont(font);
        text(text, font, color, centre - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }

    /** The largest bold size up to {@code size} at which the text fits the width. */
    Font boldFitting(String text, float size, int width) {
        Font font = Fonts.bold(size);
        while (g.getFontMetrics(font).stringWidth(text) > width && size > 12) {
            size -= 1;
            font = Fonts.bold(size);
        }
        return font;
    }

    /** Text wrapped at word breaks within the width; returns the baseline after the last line. */
    int wrapped(String text, Font font, Color color, int x, int baseline, int width, float lineHeight) {
        FontMetrics metrics = g.getFontMetrics(font);
        int step = Math.round(font.getSize2D() * lineHeight);
        for (String line : lines(text, metrics, width)) {
            text(line, font, color, x, baseline);
            baseline += step;
        }
        return baseline;
    }

    private static List<String> lines(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(tried) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
            else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** A progress bar; a measured zero keeps a sliver of its colour so the status still shows. */
    void bar(int x, int y, int width, int height, double percent, Color color) {
        g.setColor(TRACK);
        g.fill(new RoundRectangle2D.Double(x, y, width, height, height, height));
        double filled = Math.max(height, width * Math.max(0, Math.min(100, percent)) / 100);
        g.setColor(color);
        g.fill(new RoundRectangle2D.Double(x, y, filled, height, height, height));
    }

    void writePng(Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
    }

    @Override
    public void close() {
        g.dispose();
    }
}
