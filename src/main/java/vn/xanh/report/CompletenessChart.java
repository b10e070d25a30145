package vn.xanh.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.xanh.catalog.UnitKind;
import vn.xanh.indicators.CompletenessRepository;
import vn.xanh.indicators.calc.ReportStatus;
import vn.xanh.system.Vietnamese;

/** Units that reported, reported late or have not reported, by kind, for one month. */
public final class CompletenessChart {

    private static final Map<UnitKind, String> KINDS = Map.of(UnitKind.VILLAGE, "Thôn", UnitKind.COOPERATIVE,
            "Hợp tác xã", UnitKind.MARKET, "Chợ", UnitKind.OFFICE, "UBND xã");
    private static final List<UnitKind> ORDER = List.of(UnitKind.VILLAGE, UnitKind.COOPERATIVE, UnitKind.MARKET,
            UnitKind.OFFICE);

    private CompletenessChart() {
    }

    public static void write(Path file, YearMonth period, List<CompletenessRepository.Row> rows) throws IOException {
        Charts.writePng(file, create(period, rows), 640, 300);
    }

    static JFreeChart create(YearMonth period, List<CompletenessRepository.Row> rows) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (UnitKind kind : ORDER) {
            for (ReportStatus status : ReportStatus.values()) {
                long count = rows.stream().filter(r -> r.period().equals(period) && r.unitKind().equals(kind.key())
                        && r.status() == status).count();
                dataset.addValue(count, status.label(), KINDS.get(kind));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, StatusColors.color(vn.xanh.indicators.calc.Status.DAT));
        renderer.setSeriesPaint(1, StatusColors.color(vn.xanh.indicators.calc.Status.CHAM));
        renderer.setSeriesPaint(2, StatusColors.color(vn.xanh.indicators.calc.Status.NGUY_CO));
        renderer.setSeriesPaint(3, StatusColors.color(vn.xanh.indicators.calc.Status.KHONG_DU_LIEU));
        CategoryAxis kinds = new CategoryAxis();
        NumberAxis count = new NumberAxis("số đơn vị");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(dataset, kinds, count, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(Charts.GRID);
        return Charts.styled(new JFreeChart(null, Fonts.bold(15f), plot, true),
                "Tình hình báo cáo tháng " + Vietnamese.month(period), kinds, count);
    }
}
