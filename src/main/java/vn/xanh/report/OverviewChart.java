package vn.xanh.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.xanh.catalog.Indicator;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;

/** Attainment of every indicator as horizontal bars coloured by status, in Vietnamese. */
public final class OverviewChart {

    public static final int WIDTH = 800;
    private static final int ROW_HEIGHT = 26;
    private static final int LABEL_LENGTH = 48;
    private static final double ZERO_SLIVER = 0.8;

    private OverviewChart() {
    }

    public static void write(Path file, List<Indicator> indicators, Map<String, IndicatorResult> results,
            LocalDate asOf, int targetYear) throws IOException {
        JFreeChart chart = create(indicators, results, asOf, targetYear);
        int height = 140 + ROW_HEIGHT * indicators.size();
        try (OutputStream out = Files.newOutputStream(file)) {
            // Twice the display size, so the chart stays sharp on a phone's screen.
            ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, height, 2, 2);
        }
    }

    static JFreeChart create(List<Indicator> indicators, Map<String, IndicatorResult> results, LocalDate asOf,
            int targetYear) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Status[] statuses = new Status[indicators.size()];
        boolean[] zero = new boolean[indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            IndicatorResult result = results.get(indicator.code());
            statuses[i] = result == null ? Status.KHONG_DU_LIEU : result.status();
            Double attained = result == null ? null : result.progress().attainment();
            double attainment = attained == null ? 0 : attained;
            // A measured zero (NN07 with an incident) is news, not a blank row: a sliver in its colour and "0%".
            zero[i] = attained != null && attainment < ZERO_SLIVER;
            dataset.addValue(zero[i] ? ZERO_SLIVER : attainment, "Mức đạt", label(indicator));
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return StatusColors.color(statuses[column]);
            }
        };
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                return zero[column] ? "0%" : null;
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Fonts.bold(11f));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.8);

        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.55f);
        NumberAxis percent = new NumberAxis("% mục tiêu năm " + targetYear);
        percent.setRange(0, 100);

        CategoryPlot plot = new CategoryPlot(dataset, categories, percent, renderer);
        // Where the path to the target year expects each indicator today, as a mark across its bar.
        DefaultCategoryDataset marks = new DefaultCategoryDataset();
        for (Indicator indicator : indicators) {
            IndicatorResult result = results.get(indicator.code());
            Double trajectory = result == null ? null : result.progress().trajectory();
            double target = indicator.goal().target();
            Double expected = trajectory == null || target <= 0 ? null : Math.min(100, 100 * trajectory / target);
            marks.addValue(expected, "Lộ trình hôm nay", label(indicator));
        }
        LineAndShapeRenderer markRenderer = new LineAndShapeRenderer(false, true);
        markRenderer.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-1.5, -9, 3, 18));
        markRenderer.setSeriesPaint(0, Color.BLACK);
        plot.setDataset(1, marks);
        plot.setRenderer(1, markRenderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setFixedLegendItems(legend());

        JFreeChart chart = new JFreeChart(null, Fonts.bold(16f), plot, false);
        chart.addLegend(new LegendTitle(plot));
        Charts.styled(chart, "Mức đạt các chỉ tiêu chuyển đổi xanh – ngày "
                + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(asOf), categories, percent);
        return chart;
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        for (Status status : List.of(Status.DAT, Status.DUNG_TIEN_DO, Status.CHAM, Status.NGUY_CO,
                Status.CHUA_DANH_GIA, Status.KHONG_DU_LIEU)) {
            LegendItem item = new LegendItem(status.label(), StatusColors.color(status));
            item.setLabelFont(Fonts.regular(11f));
            items.add(item);
        }
        LegendItem path = new LegendItem("Mức cần đạt hôm nay theo lộ trình", Color.BLACK);
        path.setLabelFont(Fonts.regular(11f));
        items.add(path);
        return items;
    }

    private static String label(Indicator indicator) {
        String text = indicator.code() + " · " + indicator.name();
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }
}
