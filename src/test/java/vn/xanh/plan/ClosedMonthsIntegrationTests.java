package vn.xanh.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.xanh.TestFolders;
import vn.xanh.TestWorkbooks;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;

/**
 * October closes on 15 November ({@code close_day} of jobs/schedule.yml): a correction and a "Không phát
 * sinh" sent after that are held, October's facts, indicators and issued report stay as they were; once
 * approved, the digest lists each value before and after, and the report is issued again beside the first.
 */
@Import({vn.xanh.cli.TestCommands.class, MovableClock.Config.class})
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.settle-time=0s", "xanh.close-months=true"})
abstract class ClosedMonthsIntegrationTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 1);
    static final LocalDate LATE = LocalDate.of(2026, 11, 20);
    static Path root;

    @Autowired
    NightlyRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    vn.xanh.cli.TestCommands commands;

    static void commonProperties(DynamicPropertyRegistry registry) throws IOException {
        root = TestFolders.inputAndOutput(registry, "xanh-closed");
    }

    @Test
    void aClosedMonthChangesOnlyByApprovalAndItsReportIsIssuedAgainBesideTheFirst() throws Exception {
        // given: Thôn Đông and Thôn Đoài report October on 1 November; that night's run issues October's report
        Path input = Files.createDirectories(root.resolve("input"));
        clock.set(ISSUED);
        TestWorkbooks.village(input, "dong.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));
        TestWorkbooks.village(input, "doai.xlsx", "Thôn Đoài", OCTOBER, values("HH_TOTAL", 80, "HH_CLEAN_WATER", 70));
        runner.run(ISSUED, RunMode.NIGHTLY);
        Path issued = root.resolve("output").resolve("reports").resolve("bao-cao-2026-10.docx");
        byte[] first = Files.readAllBytes(issued);
        BigDecimal mt02 = mt02(ISSUED);

        // when: on 20 November, after October closed, a correction from the drop folder and a "Không phát sinh"
        clock.set(LATE);
        TestWorkbooks.village(input, "dong-sua.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 100, "HH_CLEAN_WATER", 95));
        TestWorkbooks.raw(input, "doai-kps.xlsx", new Object[][] {{"Mẫu số:", "THON"}, {"Đơn vị báo cáo:", "Thôn Đoài"},
                {"Kỳ báo cáo:", "Tháng 10/2026"}, {"Không phát sinh:", "Có"}, {"Mã số", "Chỉ tiêu", "Số liệu"},
                {"HH_TOTAL", "Tổng số hộ", null}});
        assertThat(run("intake", "--dry-run")).contains("SẼ CHỜ XÁC NHẬN dong-sua.xlsx")
                .contains("Sẽ được giữ lại chờ cán bộ xã xác nhận: kỳ tháng 10/2026 đã chốt số liệu từ ngày 15/11/2026");
        runner.run(LATE, RunMode.NIGHTLY);

        // then: both are held, and October stays as it was: facts, indicators, the issued report
        assertThat(status("dong-sua.xlsx")).isEqualTo("HELD");
        assertThat(status("doai-kps.xlsx")).isEqualTo("HELD");
        assertThat(counted()).containsExactlyInAnyOrder("THON_DONG HH_TOTAL 100", "THON_DONG HH_CLEAN_WATER 90",
                "THON_DOAI HH_TOTAL 80", "THON_DOAI HH_CLEAN_WATER 70");
        assertThat(mt02(LATE)).isEqualByComparingTo(mt02);
        assertThat(run("report", "--period", "2026-10")).contains("bao-cao-2026-10.docx");
        assertThat(Files.readAllBytes(issued)).isEqualTo(first);
        assertThat(reports()).doesNotContain("bao-cao-2026-10-lan-2.docx");
        assertThat(run("held")).contains("tệp dong-sua.xlsx, người gửi thư mục input (cán bộ xã), đơn vị Thôn Đông,"
                + " tháng 10/2026. Lý do giữ lại: kỳ tháng 10/2026 đã chốt số liệu từ ngày 15/11/2026");
        assertThat(digest(LATE)).contains("Báo cáo chờ xác nhận (<span>2</span>)");

        // when: the clerk approves both, and the next night's run
        assertThat(run("approve", Long.toString(id("dong-sua.xlsx")), "--note", "Thôn Đông đếm lại hộ dùng nước sạch"))
                .contains("Đã xác nhận báo cáo #" + id("dong-sua.xlsx"));
        run("approve", "#" + id("doai-kps.xlsx"));
        clock.set(LATE.plusDays(1));
        runner.run(LATE.plusDays(1), RunMode.NIGHTLY);

        // then: October's numbers are the approved ones
        assertThat(counted()).containsExactlyInAnyOrder("THON_DONG HH_TOTAL 100", "THON_DONG HH_CLEAN_WATER 95");
        // and: the digest lists each value before and after, and who approved it
        String who = System.getProperty("user.name") + "@";
        assertThat(digest(LATE.plusDays(1))).contains("Số liệu kỳ đã chốt được điều chỉnh")
                .contains("Thôn Đông, tháng 10/2026: Số hộ sử dụng nước sạch: 90 hộ → 95 hộ (xác nhận bởi " + who)
                .contains("Thôn Đoài, tháng 10/2026: Tổng số hộ dân: 80 hộ → (không có); Số hộ sử dụng nước sạch: 70 hộ"
                        + " → (không có) (xác nhận bởi " + who);
        // and: only once
        runner.run(LATE.plusDays(2), RunMode.NIGHTLY);
        assertThat(digest(LATE.plusDays(2))).doesNotContain("Số liệu kỳ đã chốt được điều chỉnh");
        // and: the night that saw both held is still reproduced as it was, though they count now
        assertThat(mt02(LATE.plusDays(1))).isNotEqualByComparingTo(mt02);
        run("rerun", "--date", LATE.toString(), "--as-known");
        assertThat(mt02(LATE)).isEqualByComparingTo(mt02);

        // when: October's report is written again
        run("report", "--period", "2026-10");

        // then: the issued one is untouched; the new one is beside it, saying what changed since the first issue
        assertThat(Files.readAllBytes(issued)).isEqualTo(first);
        assertThat(reports()).contains("bao-cao-2026-10.docx", "bao-cao-2026-10-lan-2.docx");
        List<String> lan2 = new ReportDocx(issued.resolveSibling("bao-cao-2026-10-lan-2.docx")).paragraphs();
        assertThat(lan2).anyMatch(p -> p.equals("Bản điều chỉnh lần 2, thay cho bản phát hành ngày 01/11/2026."))
                .anyMatch(p -> p.contains("những thay đổi so với bản đầu: Thôn Đông, tháng 10/2026: Số hộ sử dụng nước"
                        + " sạch: 90 hộ → 95 hộ"));
        assertThat(lan2.indexOf("Bản điều chỉnh lần 2, thay cho bản phát hành ngày 01/11/2026."))
                .isLessThan(lan2.indexOf(lan2.stream().filter(p -> p.startsWith("Số liệu kỳ đã chốt")).findFirst()
                        .orElseThrow()));
        // and: the same content again makes no third issue
        assertThat(run("report", "--period", "2026-10")).contains("bao-cao-2026-10-lan-2.docx");
        assertThat(reports()).doesNotContain("bao-cao-2026-10-lan-3.docx");

        // and: the audit trail tells every step of Thôn Đông's October, with who decided
        List<String> audit = run("audit", "--unit", "THON_DONG").lines().toList();
        assertThat(audit).hasSize(3);
        assertThat(audit.get(0)).contains("#" + id("dong.xlsx") + " ĐƯỢC TÍNH: Thôn Đông, tháng 10/2026; tệp dong.xlsx,"
                + " từ thư mục input; người quyết định: tự động (xanh)");
        assertThat(audit.get(1)).contains("#" + id("dong-sua.xlsx") + " GIỮ LẠI CHỜ XÁC NHẬN").contains("đã chốt số liệu");
        assertThat(audit.get(2)).contains("#" + id("dong-sua.xlsx") + " XÁC NHẬN (thay #" + id("dong.xlsx") + ")")
                .contains("người quyết định: " + who).contains("Ghi chú: Thôn Đông đếm lại hộ dùng nước sạch");
        assertThat(run("audit", "--from", "2026-11-20", "--unit", "Thôn Đoài").lines().toList()).hasSize(2);
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        commands.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
        return out.toString();
    }

    private String digest(LocalDate date) throws IOException {
        return Files.readString(root.resolve("output").resolve(date.toString()).resolve("digest.html"));
    }

    private List<String> reports() throws IOException {
        try (var files = Files.list(root.resolve("output").resolve("reports"))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private BigDecimal mt02(LocalDate date) {
        return jdbc.sql("SELECT indicator_value FROM indicator_result WHERE as_of = :date AND code = 'MT02'")
                .param("date", date).query(BigDecimal.class).single();
    }

    private String status(String file) {
        return jdbc.sql("SELECT status FROM submission WHERE file_name = :file").param("file", file)
                .query(String.class).single();
    }

    private long id(String file) {
        return jdbc.sql("SELECT id FROM submission WHERE file_name = :file").param("file", file).query(Long.class)
                .single();
    }

    private List<String> counted() {
        return jdbc.sql("SELECT f.unit_code, f.metric, f.amount FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED' AND f.period_month = DATE '2026-10-01'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
                .list();
    }
}
