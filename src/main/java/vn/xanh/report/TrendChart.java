package vn.xanh.report;

import java.awt.BasicStroke;
import java.text.SimpleDateFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import vn.xanh.catalog.Indicator;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Point;
import vn.xanh.system.Vietnamese;

/** One indicator over time: its monthly values, the 2030 target, the path from baseline to target, the projection. */
public final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final String ZONE = "Asia/Ho_Chi_Minh";

    private TrendChart() {
    }

    public static void write(Path file, Indicator indicator, IndicatorResult result, List<Point> history,
            LocalDate planEnd) throws IOException {
        Charts.writePng(file, create(indicator, result, history, planEnd), WIDTH, HEIGHT);
    }

    static JFreeChart create(Indicator indicator, IndicatorResult result, List<Point> history, LocalDate planEnd) {
        TimeSeries values = new TimeSeries("Giá trị hằng tháng");
        history.forEach(point -> values.addOrUpdate(day(point.date()), point.value()));
        TimeSeries path = new TimeSeries("Lộ trình đến " + planEnd.getYear());
        TimeSeries projection = new TimeSeries("Dự báo theo xu hướng");
        if (result != null && result.progress().baselineDate() != null) {
            path.add(day(result.progress().baselineDate()), result.progress().baselineValue());
            path.addOrUpdate(day(planEnd), result.measured().target());
            if (result.outlook().projection() != null && !history.isEmpty()) {
                Point last = history.get(history.size() - 1);
                projection.add(day(last.date()), last.value());
                projection.addOrUpdate(day(planEnd), result.outlook().projection());
            }
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.addSeries(values);
        dataset.addSeries(path);
        dataset.addSeries(projection);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesPaint(0, Charts.VALUE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesPaint(1, Charts.PATH);
        renderer.setSeriesStroke(1, dashed(1.5f));
        renderer.setSeriesPaint(2, Charts.FORECAST);
        renderer.setSeriesStroke(2, dashed(1.5f));

        DateAxis time = new DateAxis();
        time.setStandardTickUnits(monthTicks());
        NumberAxis amount = new NumberAxis(indicator.unit());
        amount.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, time, amount, renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(Charts.GRID);
        plot.setDomainGridlinePaint(Charts.GRID);
        ValueMarker target = new ValueMarker(indicator.goal().target(), Charts.TARGET, new BasicStroke(1.5f));
        target.setLabel("Mục tiêu " + planEnd.getYear());
        target.setLabelFont(Fonts.regular(11f));
        target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(target);
        return Charts.styled(new JFreeChart(null, Fonts.bold(15f), plot, true),
                indicator.code() + " · " + indicator.name(), time, amount);
    }

    /** Ticks on whole months, labelled as Vietnamese write them ("T12/2026"), never "Dec-2026". */
    static TickUnits monthTicks() {
        SimpleDateFormat format = new SimpleDateFormat("'T'M/yyyy", Vietnamese.LOCALE);
        format.setTimeZone(TimeZone.getTimeZone(ZONE));
        TickUnits units = new TickUnits();
        for (int months : new int[] {1, 2, 3, 4, 6, 12, 24, 60}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format));
        }
        return units;
    }

    private static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneId.of(ZONE)).toInstant()), TimeZone.getTimeZone(ZONE),
                java.util.Locale.ROOT);
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }
}
