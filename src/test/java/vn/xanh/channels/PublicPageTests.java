package vn.xanh.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jayway.jsonpath.JsonPath;

import nu.validator.client.EmbeddedValidator;

/** The public page as files: valid HTML, no script, Open Graph, alt texts, nothing about a person. */
class PublicPageTests {

    @TempDir
    Path dir;

    @Test
    void everyPageIsValidHtmlByTheNuChecker() throws Exception {
        // given
        PublicPageFixture.write(dir);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);

        for (String page : List.of("index.html", "mo-hinh.html", "chi-tieu-mt02.html", "chi-tieu-nn06.html")) {
            // when
            String report = validator.validate(dir.resolve(page));

            // then: no error, no warning
            List<Map<String, Object>> problems = JsonPath.read(report,
                    "$.messages[?(@.type == 'error' || @.subType == 'warning' || @.type == 'non-document-error')]");
            assertThat(problems).as(page).isEmpty();
        }
    }

    @Test
    void thePageNeedsNoScriptAndTellsWhoSharesIt() throws Exception {
        // given
        PublicPageFixture.write(dir);

        // when
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        String target = Files.readString(dir.resolve("chi-tieu-tm01.html"), StandardCharsets.UTF_8);
        String models = Files.readString(dir.resolve("mo-hinh.html"), StandardCharsets.UTF_8);

        // then
        assertThat(index).contains("<html lang=\"vi\">").doesNotContainIgnoringCase("<script")
                .contains("<meta property=\"og:image\" content=\"https://tanky.haiphong.gov.vn/chuyen-doi-xanh/og.png\">")
                .contains("<meta property=\"og:url\" content=\"https://tanky.haiphong.gov.vn/chuyen-doi-xanh/\">")
                .contains("<meta property=\"og:title\" content=\"Chuyển đổi xanh xã Tân Kỳ – tiến độ tháng 10/2026\">")
                .contains("cập nhật đến ngày <span>28/11/2026</span>")
                .contains("<h2 id=\"nhom-1\">Nông nghiệp</h2>").contains("<h2 id=\"nhom-2\">Môi trường</h2>")
                .contains("<strong>88,6%</strong>").contains(">Nguy cơ không đạt</span>")
                .contains("aria-label=\"Diễn biến theo tháng: từ 43,7% (T1/2026) đến 53,3% (T10/2026)");
        assertThat(target).contains("<img src=\"bieu-do-tm01.png\" width=\"640\" height=\"360\" alt=\"Biểu đồ Tiểu"
                + " thương dùng mã QR thanh toán không dùng tiền mặt theo tháng, từ 43,7% (T1/2026) đến 53,3%"
                + " (T10/2026); mục tiêu ≥ 100%.\">");
        assertThat(dir.resolve("bieu-do-tm01.png")).isNotEmptyFile();
        assertThat(models).contains("Chi bộ xanh").contains("Chi bộ thôn Đông").contains("Gia đình xanh")
                .contains("Thôn Đoài").doesNotContain("Nguyễn Văn Bình");
        try (var pages = Files.list(dir)) {
            assertThat(pages.filter(p -> p.getFileName().toString().startsWith("chi-tieu-"))).hasSize(20);
        }
    }
}
