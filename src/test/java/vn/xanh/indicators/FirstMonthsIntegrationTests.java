package vn.xanh.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.xanh.TestFolders;
import vn.xanh.TestWorkbooks;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;
import vn.xanh.batch.RunOutcome;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;

/**
 * A new installation's first weeks: every unit's October reports, nightly runs on 6 and 13 November,
 * November's reports, runs on 6 and 13 December. A status needs two observations, and "status changed"
 * compares a run with the previous nightly run only. Subclasses choose the database.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-12-13", "xanh.settle-time=0s"})
abstract class FirstMonthsIntegrationTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final LocalDate NOVEMBER_6 = LocalDate.of(2026, 11, 6);
    static final LocalDate NOVEMBER_13 = LocalDate.of(2026, 11, 13);
    static final LocalDate DECEMBER_6 = LocalDate.of(2026, 12, 6);
    static final LocalDate DECEMBER_13 = LocalDate.of(2026, 12, 13);

    static Path root;

    @Autowired
    NightlyRunner runner;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcClient jdbc;

    static void prepare(DynamicPropertyRegistry registry, String name) throws IOException {
        root = TestFolders.inputAndOutput(registry, "xanh-first-months-" + name);
        Files.createDirectories(root.resolve("input"));
    }

    @Test
    void judgesProgressOnlyFromASecondMonthAndComparesWithTheLastNight() throws Exception {
        // given: a new installation and every unit's October reports
        reports(OCTOBER, 60, 6, 60);

        // when: the first nightly run
        RunOutcome first = runner.run(NOVEMBER_6, RunMode.NIGHTLY);

        // then: no indicator is on track or behind from one month; none needs attention, nothing changed
        assertThat(first.completed()).isTrue();
        assertThat(first.accepted()).isEqualTo(11);
        Map<String, Status> firstStatuses = statuses(NOVEMBER_6);
        assertThat(firstStatuses.values()).containsOnly(Status.DAT, Status.CHUA_DANH_GIA, Status.KHONG_DU_LIEU);
        assertThat(firstStatuses).containsEntry("MT02", Status.CHUA_DANH_GIA).containsEntry("CS01", Status.CHUA_DANH_GIA)
                .containsEntry("NN07", Status.DAT).containsEntry("NT01", Status.DAT);
        assertThat(first.attention()).isZero();
        assertThat(first.changed()).isZero();
        assertThat(subject(NOVEMBER_6)).isEqualTo("[Chuyển đổi xanh xã Tân Kỳ] Bản tin ngày 06/11/2026 – 0 chỉ tiêu cần chú ý");
        String digest = digest(NOVEMBER_6);
        assertThat(row(digest, "MT02")).contains("60% (tháng 10/2026)").contains("Chưa đủ số liệu để đánh giá tiến độ");
        assertThat(row(digest, "NT01")).contains("Đạt");
        // October's periodic report was written from the results of 31/10, which it did not store
        String report = text(root.resolve("output/reports/bao-cao-2026-10.docx"));
        assertThat(report).contains("0 chỉ tiêu chậm tiến độ, 0 chỉ tiêu có nguy cơ không đạt, ")
                .containsPattern("\\d+ chỉ tiêu chưa đủ số liệu để đánh giá tiến độ, ")
                .contains("MT02 Hộ dân sử dụng nước sạch: đạt 60% (số liệu tháng 10/2026)")
                .contains("Không có chỉ tiêu nào chậm tiến độ hoặc có nguy cơ không đạt.");
        assertThat(indicators.stored(OCTOBER.atEndOfMonth())).isEmpty();
        // and the loudspeaker bulletin says so, and calls nothing behind
        assertThat(root.resolve("output/2026-11-06/kenh/phat-thanh-2026-10.txt")).content(StandardCharsets.UTF_8)
                .contains("chỉ tiêu chưa đủ số liệu để đánh giá tiến độ").doesNotContain("chậm tiến độ");

        // when: the same date again, then a week later, with nothing new
        RunOutcome again = runner.run(NOVEMBER_6, RunMode.NIGHTLY);
        RunOutcome weekLater = runner.run(NOVEMBER_13, RunMode.NIGHTLY);

        // then: the path moved on, but nothing was measured, so nothing is behind and nothing changed
        assertThat(again.run()).isEqualTo(2);
        assertThat(again.changed()).isZero();
        assertThat(weekLater.accepted()).isZero();
        assertThat(weekLater.attention()).isZero();
        assertThat(weekLater.changed()).isZero();
        assertThat(statuses(NOVEMBER_13)).isEqualTo(firstStatuses);
        assertThat(subject(NOVEMBER_13)).endsWith("– 0 chỉ tiêu cần chú ý");
        assertThat(digest(NOVEMBER_13)).doesNotContain("Thay đổi tình trạng");

        // given: an operator's rerun of a day no night ran, then November's reports: fewer households with clean
        // water, more villages with 5G, more traders with QR
        RunOutcome rerun = runner.run(NOVEMBER_13.plusDays(10), RunMode.RERUN);
        assertThat(rerun.changed()).isZero();
        reports(NOVEMBER, 50, 7, 62);

        // when: the first run after the second month
        RunOutcome second = runner.run(DECEMBER_6, RunMode.NIGHTLY);

        // then: the statuses appear, and each change is told against the last night's run, 13/11, not the rerun's
        Map<String, Status> judged = statuses(DECEMBER_6);
        // the path from 60 % on 31/10 expects 61.0 on 6/12; 50 is beyond its 10 points
        assertThat(judged).containsEntry("MT02", Status.NGUY_CO).containsEntry("CS01", Status.DUNG_TIEN_DO)
                .containsEntry("TM01", Status.DUNG_TIEN_DO).containsEntry("NN07", Status.DAT)
                .containsEntry("NT01", Status.DAT);
        assertThat(judged.values()).doesNotContain(Status.CHUA_DANH_GIA);
        assertThat(second.attention()).isEqualTo(judged.values().stream().filter(Status::needsAttention).count())
                .isPositive();
        assertThat(second.changed()).isEqualTo(judged.entrySet().stream()
                .filter(e -> e.getValue() != firstStatuses.get(e.getKey())).count());
        assertThat(digest(DECEMBER_6)).contains("MT02 Hộ dân sử dụng nước sạch: Chưa đủ số liệu để đánh giá tiến độ"
                + " → Nguy cơ không đạt (so với ngày 13/11/2026)");
        assertThat(subject(DECEMBER_6)).endsWith("– " + second.attention() + " chỉ tiêu cần chú ý");
        assertThat(indicators.stored(NOVEMBER.atEndOfMonth())).isEmpty();

        // when: a week with nothing new
        RunOutcome quiet = runner.run(DECEMBER_13, RunMode.NIGHTLY);

        // then: no status changes reported
        assertThat(quiet.accepted()).isZero();
        assertThat(quiet.changed()).isZero();
        assertThat(statuses(DECEMBER_13)).isEqualTo(judged);
        assertThat(digest(DECEMBER_13)).doesNotContain("so với ngày");
    }

    /** Every unit's report of the month, arrived on the 3rd of the next; clean water, 5G villages and QR traders as given. */
    private static void reports(YearMonth period, int cleanWater, int villages5g, int tradersQr) throws IOException {
        Path input = root.resolve("input");
        for (Unit village : TestWorkbooks.CATALOG.units().ofKind(UnitKind.VILLAGE)) {
            arrived(TestWorkbooks.village(input, village.code() + "_" + period + ".xlsx", village.name(), period,
                    values("HH_TOTAL", 100, "HH_CLEAN_WATER", cleanWater, "STRAW_BURNING", 0, "WASTE_GENERATED_T", 10,
                            "WASTE_TREATED_T", 8)), period);
        }
        arrived(TestWorkbooks.office(input, "xa_" + period + ".xlsx", period, values("OFFICIALS_TOTAL", 20,
                "OFFICIALS_TRAINED", 20, "VILLAGES_TOTAL", 8, "VILLAGES_5G", villages5g)), period);
        arrived(TestWorkbooks.cooperative(input, "htx_" + period + ".xlsx", "Hợp tác xã Nông nghiệp Tân Kỳ", period,
                values("RICE_LOW_EMISSION_HA", 104.5, "FRUIT_AREA_HA", 42, "FRUIT_LOW_EMISSION_HA", 21), null), period);
        Map<String, Map<String, Object>> markets = new LinkedHashMap<>();
        TestWorkbooks.CATALOG.units().ofKind(UnitKind.MARKET)
                .forEach(m -> markets.put(m.name(), Map.of("TRADERS_TOTAL", 100, "TRADERS_QR", tradersQr)));
        arrived(TestWorkbooks.markets(input, "cho_" + period + ".xlsx", period, markets), period);
    }

    private static void arrived(Path file, YearMonth period) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(period.plusMonths(1).atDay(3).atTime(9, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }

    /** The paragraphs of a written report, as a clerk reads them. */
    private static String text(Path docx) throws IOException {
        try (var in = Files.newInputStream(docx); var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            return document.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
        }
    }

    private Map<String, Status> statuses(LocalDate asOf) {
        return indicators.stored(asOf).stream().collect(Collectors.toMap(IndicatorResult::code, IndicatorResult::status));
    }

    private String subject(LocalDate asOf) {
        return jdbc.sql("SELECT DISTINCT subject FROM digest_outbox WHERE as_of = :asOf").param("asOf", asOf)
                .query(String.class).single();
    }

    private static String digest(LocalDate asOf) throws IOException {
        return Files.readString(root.resolve("output").resolve(asOf.toString()).resolve("digest.html"),
                StandardCharsets.UTF_8);
    }

    /** The row of the digest's indicator table for the code. */
    private static String row(String html, String code) {
        int start = html.indexOf("<strong>" + code + "</strong>");
        assertThat(start).as(code).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
