package vn.xanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
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
    void theOverviewChartRendersWithVietnameseLabels() throws Exception {
        // given
        List<Indicator> indicators = TestWorkbooks.CATALOG.indicators();
        Map<String, IndicatorResult> results = Map.of("MT02", new IndicatorResult("MT02", LocalDate.of(2026, 11, 28),
                88.0, 100, 88.0, 100.0, 8, 8, 80.0, LocalDate.of(2026, 1, 31), 88.0, 90.0, Status.CHAM, 95.0,
                Forecast.CAN_TANG_TOC, 2.5, false, null, 0.4, 0.18));
        Path png = dir.resolve("overview.png");

        // when
        OverviewChart.write(png, indicators, results, LocalDate.of(2026, 11, 28));

        // then: a PNG at twice the display width
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(2 * OverviewChart.WIDTH);
    }
}
