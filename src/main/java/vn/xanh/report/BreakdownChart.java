package vn.xanh.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.xanh.catalog.Indicator;
import vn.xanh.indicators.calc.UnitShare;

/** Each village's, cooperative's or market's own value of one indicator, against the target. */
public final class BreakdownChart {

    static final int WIDTH = 640;

    private BreakdownChart() {
    }

    public static void write(Path file, Indicator indicator, List<UnitShare> shares, Map<String, String> unitNames)
            throws IOException {
        Charts.writePng(file, create(indicator, shares, unitNames), WIDTH, 120 + 28 * shares.size());
    }

    static JFreeChart create(Indicator indicator, List<UnitShare> shares, Map<String, String> unitNames) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (UnitShare share : shares) {
            String name = unitNames.getOrDefault(share.unit(), share.unit());
            dataset.addValue(share.value() == null ? 0 : share.value(), indicator.unit(),
                    share.value() == null ? name + " (chưa có số liệu)" : name);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Charts.VALUE);
        renderer.setMaximumBarWidth(0.7);
        CategoryAxis units = new CategoryAxis();
        NumberAxis amount = new NumberAxis(indicator.unit());
        CategoryPlot plot = new CategoryPlot(dataset, units, amount, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(Charts.GRID);
        plot.addRangeMarker(new ValueMarker(indicator.goal().target(), Charts.TARGET, new java.awt.BasicStroke(1.5f)));
        return Charts.styled(new JFreeChart(null, Fonts.bold(15f), plot, false),
                indicator.code() + " theo từng đơn vị", units, amount);
    }
}
