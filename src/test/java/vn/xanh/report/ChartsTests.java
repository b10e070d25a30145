package vn.xanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.Indicator;
import vn.xanh.indicators.CompletenessRepository;
import vn.xanh.indicators.calc.Forecast;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Point;
import vn.xanh.indicators.calc.ReportStatus;
import vn.xanh.indicators.calc.Status;
import vn.xanh.indicators.calc.UnitShare;

/**
 * Every chart, with labels holding every toned Vietnamese letter, draws them from the bundled font:
 * the font covers each letter, and no letter renders as the font's missing-glyph box.
 */
class ChartsTests {

    static final String LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    static final String ALL_LETTERS = LETTERS + LETTERS.toUpperCase(java.util.Locale.ROOT);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @Test
    void everyChartDrawsEveryToneWithTheBundledFont() {
        Indicator plain = TestWorkbooks.CATALOG.indicator("MT02").orElseThrow();
        Indicator named = new Indicator("MT02", "Chậm tiến độ, Nguy cơ không đạt, Thôn Đoài, Ưu tiên " + ALL_LETTERS,
                plain.group(), plain.unit(), plain.source(), plain.formula(), plain.goal(), plain.baseline(), plain.check());
        IndicatorResult result = IndicatorResult.judged("MT02", AS_OF, Status.CHAM,
                new IndicatorResult.Measured(80.0, 100, 80.0, 100.0, 8, 8),
                new IndicatorResult.Progress(70.0, LocalDate.of(2026, 1, 31), 75.0, 80.0, 0.3, 0.18),
                new IndicatorResult.Outlook(95.0, Forecast.CAN_TANG_TOC, 4.2));
        List<JFreeChart> charts = List.of(
                OverviewChart.create(List.of(named), Map.of("MT02", result), AS_OF, TestWorkbooks.CATALOG.targetYear()),
                TrendChart.create(named, result, List.of(new Point(LocalDate.of(2026, 1, 31), 70),
                        new Point(LocalDate.of(2026, 10, 31), 80)), LocalDate.of(2030, 12, 31)),
                BreakdownChart.create(named, List.of(new UnitShare("THON_DOAI", 80.0, 80.0, 100.0, 20.0, 1)),
                        Map.of("THON_DOAI", "Thôn Đoài " + ALL_LETTERS)),
                CompletenessChart.create(YearMonth.of(2026, 10), List.of(new CompletenessRepository.Row(
                        YearMonth.of(2026, 10), "THON_DOAI", "village", ReportStatus.LATE, AS_OF, 0))));

        for (JFreeChart chart : charts) {
            // the title's letters are really drawn: the top of the chart changes when they are taken away
            int[] titled = top(chart.createBufferedImage(800, 600));
            String title = chart.getTitle().getText();
            chart.getTitle().setText("");
            int[] untitled = top(chart.createBufferedImage(800, 600));
            chart.getTitle().setText(title);
            assertThat(titled).as(title).isNotEqualTo(untitled);
            assertThat(darkPixels(titled)).as(title).isGreaterThan(100);
            for (Font font : fontsOf(chart)) {
                assertThat(font.getFamily(java.util.Locale.ROOT)).isEqualTo("DejaVu Sans");
                assertThat(font.canDisplayUpTo(ALL_LETTERS + "Chậm tiến độ, Nguy cơ không đạt, Thôn Đoài, Ưu tiên"))
                        .isEqualTo(-1);
            }
        }
    }

    @Test
    void noLetterRendersAsTheMissingGlyphBox() {
        Font font = Fonts.regular(24f);
        // U+E000 is a private-use code point the font does not have: it draws the missing-glyph box
        assertThat(font.canDisplay('\uE000')).isFalse();
        int[] missing = render(font, "\uE000");
        for (char letter : (ALL_LETTERS + "ĐƯƠ").toCharArray()) {
            assertThat(render(font, String.valueOf(letter))).as("letter %s", letter).isNotEqualTo(missing);
        }
    }

    @Test
    void trendChartsNameTheirMonthsInVietnamese() {
        // given: eleven months of an indicator
        Indicator water = TestWorkbooks.CATALOG.indicator("MT02").orElseThrow();
        List<Point> history = new ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            history.add(new Point(YearMonth.of(2026, month).atEndOfMonth(), 60 + month));
        }
        JFreeChart chart = TrendChart.create(water, null, history, LocalDate.of(2030, 12, 31));

        // when: drawn at its size, which picks the ticks
        chart.createBufferedImage(TrendChart.WIDTH, TrendChart.HEIGHT);

        // then: whole months, written "T12/2026"
        org.jfree.chart.axis.DateAxis time = (org.jfree.chart.axis.DateAxis) ((XYPlot) chart.getPlot()).getDomainAxis();
        assertThat(time.getTickUnit().getUnitType()).isEqualTo(org.jfree.chart.axis.DateTickUnitType.MONTH);
        java.util.Date december = java.util.Date.from(LocalDate.of(2026, 12, 1).atStartOfDay(
                java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        assertThat(time.getTickUnit().dateToString(december)).isEqualTo("T12/2026");
    }

    @Test
    void anIndicatorAtZeroStillShowsOnTheOverview() {
        // given: NN07 with one straw-burning incident: attainment 0, behind
        Indicator straw = TestWorkbooks.CATALOG.indicator("NN07").orElseThrow();
        IndicatorResult result = IndicatorResult.judged("NN07", AS_OF, Status.CHAM,
                new IndicatorResult.Measured(1.0, 0, null, null, 8, 8),
                new IndicatorResult.Progress(1.0, LocalDate.of(2026, 9, 30), 0.96, 0.0, 0.0, 0.05),
                new IndicatorResult.Outlook(null, Forecast.CHUA_DU_DU_LIEU, -0.24));

        // when
        BufferedImage image = OverviewChart.create(List.of(straw), Map.of("NN07", result), AS_OF, TestWorkbooks.CATALOG.targetYear())
                .createBufferedImage(OverviewChart.WIDTH, 400);

        // then: its row has a mark in the colour of "Chậm tiến độ" beyond the legend's swatch
        int behind = StatusColors.color(Status.CHAM).getRGB();
        int plotPixels = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == behind) {
                    plotPixels++;
                }
            }
        }
        assertThat(plotPixels).isPositive();
    }

    /** The band where the title is drawn. */
    private static int[] top(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), 40, null, 0, image.getWidth());
    }

    private static long darkPixels(int[] pixels) {
        return Arrays.stream(pixels).filter(rgb -> ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 384)
                .count();
    }

    private static int[] render(Font font, String text) {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(font);
        g.drawString(text, 8, 30);
        g.dispose();
        return image.getRGB(0, 0, 40, 40, null, 0, 40);
    }

    private static List<Font> fontsOf(JFreeChart chart) {
        List<Font> fonts = new ArrayList<>();
        fonts.add(chart.getTitle().getFont());
        List<Axis> axes = new ArrayList<>();
        if (chart.getPlot() instanceof CategoryPlot plot) {
            axes.addAll(Arrays.asList(plot.getDomainAxis(), plot.getRangeAxis()));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            axes.addAll(Arrays.asList(plot.getDomainAxis(), plot.getRangeAxis()));
        }
        for (Axis axis : axes) {
            fonts.add(axis.getTickLabelFont());
            fonts.add(axis.getLabelFont());
        }
        if (chart.getLegend() != null) {
            fonts.add(chart.getLegend().getItemFont());
        }
        return fonts;
    }
}
