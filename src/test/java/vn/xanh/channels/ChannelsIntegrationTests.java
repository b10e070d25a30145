package vn.xanh.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestWorkbooks;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;
import vn.xanh.batch.RunOutcome;
import vn.xanh.channels.internal.Bulletin;
import vn.xanh.facts.GreenModel;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionStatus;

/** The nightly job leaves the month's materials for the people, from the same figures as the digest. */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s"})
class ChannelsIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String PUBLIC_URL = "https://tanky.haiphong.gov.vn/chuyen-doi-xanh/";

    static Path input;
    static Path output;

    @Autowired
    NightlyRunner runner;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    GreenModelRepository models;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("xanh-channels");
        input = Files.createDirectories(root.resolve("input"));
        output = root.resolve("output");
        registry.add("xanh.input-dir", input::toString);
        registry.add("xanh.output-dir", output::toString);
        String url = "jdbc:h2:file:" + root.resolve("data/xanh") + ";DB_CLOSE_ON_EXIT=FALSE";
        registry.add("spring.datasource.url", () -> url);
    }

    @Test
    void theNightlyRunWritesTheBulletinThePicturesAndThePublicPage() throws Exception {
        // given: October's reports, and two models recognised in a village's activity report
        TestWorkbooks.village(input, "thon_dong_10.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 400,
                "HH_CLEAN_WATER", 380, "WASTE_GENERATED_T", 12, "WASTE_TREATED_T", 9, "ORGANIC_WASTE_T", 6,
                "ORGANIC_COMPOSTED_T", 2, "STRAW_BURNING", 1));
        TestWorkbooks.village(input, "thon_doai_10.xlsx", "Thôn Đoài", OCTOBER, values("HH_TOTAL", 300,
                "HH_CLEAN_WATER", 240));
        TestWorkbooks.markets(input, "cho_10.xlsx", OCTOBER, Map.of("Chợ Tân Kỳ",
                Map.of("TRADERS_TOTAL", 100, "TRADERS_QR", 60), "Chợ Đông", Map.of("TRADERS_TOTAL", 50, "TRADERS_QR", 20)));
        TestWorkbooks.office(input, "ubnd_10.xlsx", OCTOBER, values("VILLAGES_TOTAL", 8, "VILLAGES_5G", 6,
                "DOSSIERS_TOTAL", 50, "DOSSIERS_ONLINE", 30));
        long activity = submissions.insert(new SubmissionRepository.NewSubmission("hoat_dong_thon_dong_10.xlsx",
                "f".repeat(64), "HOATDONG", "THON_DONG", OCTOBER, OffsetDateTime.now(), OffsetDateTime.now(), false,
                SubmissionStatus.ACCEPTED));
        models.insert(activity, List.of(
                new GreenModel("CHI_BO_XANH", "Chi bộ thôn Đông", "Thôn Đông", LocalDate.of(2026, 10, 3), "THON_DONG",
                        OCTOBER),
                new GreenModel("GIA_DINH_XANH", "Gia đình ông Trần Văn Hải", "Thôn Đông", LocalDate.of(2026, 10, 9),
                        "THON_DONG", OCTOBER)));

        // when
        RunOutcome outcome = runner.run(AS_OF, RunMode.NIGHTLY);

        // then: the bulletin, said aloud, about three minutes long
        assertThat(outcome.completed()).isTrue();
        Path kenh = output.resolve("2026-11-28/kenh");
        String bulletin = Files.readString(kenh.resolve("phat-thanh-2026-10.txt"), StandardCharsets.UTF_8);
        assertThat(bulletin).startsWith("Kính thưa bà con nhân dân toàn xã Tân Kỳ!")
                .contains("trong tháng mười năm hai nghìn không trăm hai mươi sáu")
                .contains("Thứ nhất, về số vụ đốt rơm rạ từ đầu năm: hiện vẫn là một vụ")
                .contains("Chi bộ xanh tại Chi bộ thôn Đông; Gia đình xanh tại Thôn Đông")
                .doesNotContain("Trần Văn Hải").doesNotContainPattern("[0-9%]");
        assertThat(Bulletin.words(bulletin)).isBetween(Bulletin.FEWEST_WORDS, Bulletin.MOST_WORDS);

        // the pictures, their sizes and their code
        assertPicture(kenh.resolve("infographic-2026-10.png"), 1080, 1350);
        assertPicture(kenh.resolve("og-2026-10.png"), 1200, 630);

        // the public page, the figures the digest shows
        Path page = output.resolve("cong-khai");
        String index = Files.readString(page.resolve("index.html"), StandardCharsets.UTF_8);
        String digest = Files.readString(output.resolve("2026-11-28/digest.html"), StandardCharsets.UTF_8);
        // (October alone is each one's baseline, not yet judged, so its month goes with it)
        for (String figure : List.of("88,6%", "53,3%", "75%", "60%", "75%", "1 vụ")) {
            assertThat(digest).contains(">" + figure + " (tháng 10/2026)<");
            assertThat(index).contains("<strong>" + figure + " (tháng 10/2026)</strong>");
        }
        assertThat(index).contains("cập nhật đến ngày <span>28/11/2026</span>").contains("og.png");
        assertPicture(page.resolve("og.png"), 1200, 630);
        assertPicture(page.resolve("poster-a4.png"), 1240, 1754);
        assertThat(PicturesTests.decode(page.resolve("qr.png"))).isEqualTo(PUBLIC_URL);
        assertThat(page.resolve("qr.svg")).content(StandardCharsets.UTF_8).startsWith("<svg")
                .contains("<title>" + PUBLIC_URL + "</title>");
        assertThat(page.resolve("chi-tieu-mt02.html")).isNotEmptyFile();
        assertThat(page.resolve("bieu-do-mt02.png")).isNotEmptyFile();
        assertThat(page.resolve("mo-hinh.html")).content(StandardCharsets.UTF_8).contains("Chi bộ thôn Đông")
                .contains("Gia đình xanh").doesNotContain("Trần Văn Hải");

        // when: an earlier date is recomputed
        runner.run(LocalDate.of(2026, 11, 2), RunMode.RERUN);

        // then: its own materials are written, and the public page still shows the latest figures
        assertThat(output.resolve("2026-11-02/kenh/phat-thanh-2026-10.txt")).isNotEmptyFile();
        assertThat(page.resolve("index.html")).content(StandardCharsets.UTF_8)
                .contains("cập nhật đến ngày <span>28/11/2026</span>");
        try (var left = Files.list(output)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".cong-khai"));
        }
    }

    private static void assertPicture(Path file, int width, int height) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).as(file.toString()).isEqualTo(width);
        assertThat(image.getHeight()).as(file.toString()).isEqualTo(height);
        assertThat(PicturesTests.decode(file)).as(file.toString()).isEqualTo(PUBLIC_URL);
    }
}
