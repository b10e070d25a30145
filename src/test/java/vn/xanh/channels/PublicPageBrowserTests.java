package vn.xanh.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.jayway.jsonpath.JsonPath;

/**
 * The public page in a real headless Chromium, on a phone's width and on a desktop's: the words a
 * visitor reads are there, and nothing sticks out to the side.
 */
class PublicPageBrowserTests {

    /** Measured from outside the page: the width it needs, what sticks out, what it says. */
    static final String MEASURE = """
            JSON.stringify({
              viewport: window.innerWidth,
              scrollWidth: document.documentElement.scrollWidth,
              text: document.body.innerText,
              overflowing: Array.from(document.querySelectorAll('body *'))
                .filter(e => { const r = e.getBoundingClientRect();
                               return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5); })
                .map(e => e.tagName + ' ' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60))
            })""";

    @TempDir
    static Path dir;

    static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium.isPresent(),
                "No Chromium on this machine (apt-get install chromium): the public page is not checked in a browser");
        PublicPageFixture.write(dir);
        browser = new HeadlessChromium(chromium.get());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1280})
    void theIndexReadsWellAndNothingOverflows(int width) throws Exception {
        // when
        browser.open(dir.resolve("index.html"), width);
        String measured = browser.evaluate(MEASURE);

        // then
        assertThat((Integer) JsonPath.read(measured, "$.viewport")).isEqualTo(width);
        assertThat((Integer) JsonPath.read(measured, "$.scrollWidth")).isLessThanOrEqualTo(width);
        assertThat((List<String>) JsonPath.read(measured, "$.overflowing")).isEmpty();
        String text = JsonPath.read(measured, "$.text");
        assertThat(text).contains("Chuyển đổi xanh đến năm 2030").contains("8/20")
                .contains("chỉ tiêu đã đạt hoặc đúng tiến độ").contains("cập nhật đến ngày 28/11/2026")
                .contains("Nông nghiệp").contains("Môi trường").contains("Chuyển đổi số").contains("Thương mại")
                .contains("Hộ dân sử dụng nước sạch").contains("Hiện nay 88,6% · mục tiêu ≥ 100%")
                .contains("Số vụ đốt rơm rạ").contains("Hiện nay 1 vụ · mục tiêu ≤ 0 vụ")
                .contains("Chưa có số liệu · mục tiêu ≥ 100%");
    }

    @org.junit.jupiter.api.Test
    void theIndexPrintsOnA4() throws Exception {
        // given: an A4 page's width at 96 dpi, less the printer's margins
        browser.open(dir.resolve("index.html"), 720);

        // when
        browser.media("print");
        String measured = browser.evaluate(MEASURE);
        browser.media("screen");

        // then
        assertThat((Integer) JsonPath.read(measured, "$.scrollWidth")).isLessThanOrEqualTo(720);
        assertThat((List<String>) JsonPath.read(measured, "$.overflowing")).isEmpty();
        assertThat((String) JsonPath.read(measured, "$.text")).contains("Hộ dân sử dụng nước sạch")
                .contains("cập nhật đến ngày 28/11/2026");
    }

    @ParameterizedTest(name = "{0} at 360 px")
    @ValueSource(strings = {"chi-tieu-tm01.html", "chi-tieu-nn01.html", "mo-hinh.html"})
    void theOtherPagesFitAPhone(String page) throws Exception {
        // when
        browser.open(dir.resolve(page), 360);
        String measured = browser.evaluate(MEASURE);

        // then
        assertThat((Integer) JsonPath.read(measured, "$.scrollWidth")).isLessThanOrEqualTo(360);
        assertThat((List<String>) JsonPath.read(measured, "$.overflowing")).isEmpty();
        assertThat((String) JsonPath.read(measured, "$.text")).contains("Tất cả chỉ tiêu");
    }
}
