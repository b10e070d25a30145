package vn.xanh.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/** What every chart shares: the bundled font, white background, legend below, PNG at twice the size. */
final class Charts {

    static final Color GRID = new Color(0xDDDDDD);
    static final Color VALUE = new Color(0x1B5E20);
    static final Color PATH = new Color(0x1565C0);
    static final Color FORECAST = new Color(0x8E24AA);
    static final Color TARGET = new Color(0xC62828);

    private Charts() {
    }

    static JFreeChart styled(JFreeChart chart, String title, Axis... axes) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title, Fonts.bold(15f)));
        for (Axis axis : axes) {
            axis.setLabelFont(Fonts.regular(12f));
            axis.setTickLabelFont(Fonts.regular(11f));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(Fonts.regular(11f));
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /** Twice the display size, so charts stay sharp on a phone's screen. */
    static void writePng(Path file, JFreeChart chart, int width, int height) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, 2, 2);
        }
    }
}
