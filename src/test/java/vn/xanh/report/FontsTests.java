package vn.xanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.Indicator;
import vn.xanh.indicators.calc.Forecast;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;

/** Charts drawn on a server must keep every Vietnamese letter: the bundled font has them all. */
class FontsTests {

    static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụ"
            + "ưừứửữựvxyỳýỷỹỵ";
    static final String LABELS = "Chậm tiến độ, Nguy cơ không đạt, Thôn Đoài, Ưu tiên";

    @TempDir
    Path dir;

    private static BufferedImage white(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    @Test
    void theBundledFontHasEveryVietnameseLetter() {
        for (Font font : List.of(Fonts.regular(12f), Fonts.bold(12f))) {
            String all = VIETNAMESE + VIETNAMESE.toUpperCase(java.util.Locale.ROOT) + LABELS;
            assertThat(font.canDisplayUpTo(all)).as(font.getFontName()).isEqualTo(-1);
            GlyphVector glyphs = font.createGlyphVector(new FontRenderContext(null, true, true), all);
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                assertThat(glyphs.getGlyphCode(i)).isNotEqualTo(font.getMissingGlyphCode());
            }
        }
    }

    @Test
    void theLabelsAreDrawnInInk() {
        for (Font font : List.of(Fonts.regular(20f), Fonts.bold(20f))) {
            // given: every glyph of the labels is in the font
            assertThat(font.canDisplayUpTo(LABELS)).as(font.getFontName()).isEqualTo(-1);

            // when: they are drawn on a white image
            BufferedImage blank = white(900, 40);
            BufferedImage drawn = white(900, 40);
            Graphics2D g = drawn.createGraphics();
            g.setColor(Color.BLACK);
            g.setFont(font);
            g.drawString(LABELS, 4, 28);
            int width = g.getFontMetrics(font).stringWidth(LABELS);
            g.dispose();

            // then: the pixels where the text is differ from the blank image, letter after letter
            assertThat(width).isGreaterThan(300);
            for (int x = 4; x < 4 + width - 20; x += 20) {
                assertThat(drawn.getRGB(x, 0, 20, 40, null, 0, 20)).as("at x=%d", x)
                        .isNotEqualTo(blank.getRGB(x, 0, 20, 40, null, 0, 20));
            }
        }
    }

    @Test
    void theOverviewChartRendersWithVietnameseLabels() throws Exception {
        // given
        List<Indicator> indicators = TestWorkbooks.CATALOG.indicators();
        Map<String, IndicatorResult> results = Map.of("MT02", IndicatorResult.judged("MT02", LocalDate.of(2026, 11, 28),
                Status.CHAM, new IndicatorResult.Measured(88.0, 100, 88.0, 100.0, 8, 8),
                new IndicatorResult.Progress(80.0, LocalDate.of(2026, 1, 31), 90.0, 88.0, 0.4, 0.18),
                new IndicatorResult.Outlook(95.0, Forecast.CAN_TANG_TOC, 2.5)));
        Path png = dir.resolve("overview.png");

        // when
        OverviewChart.write(png, indicators, results, LocalDate.of(2026, 11, 28), TestWorkbooks.CATALOG.targetYear());

        // then: a PNG at twice the display width, with ink in the band of each indicator's label on the left
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * OverviewChart.WIDTH);
        int[] labels = image.getRGB(0, 0, image.getWidth() / 4, image.getHeight(), null, 0, image.getWidth() / 4);
        long ink = java.util.Arrays.stream(labels)
                .filter(rgb -> ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 300).count();
        assertThat(ink).isGreaterThan(20L * indicators.size());
    }
}
