package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.xanh.TestFolders;
import vn.xanh.TestPorts;
import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.Schedule;
import vn.xanh.intake.IntakeService;

/**
 * Reminders over the calendar of December 2026 (November's reports, due on the 5th; reminders 3 days
 * before and 1 day after, as in {@code jobs/schedule.yml}), each day's reports taken in first.
 */
@org.springframework.context.annotation.Import(vn.xanh.cli.TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.settle-time=0s", "xanh.digest.retry-delay=0s",
        "spring.datasource.url=jdbc:h2:mem:reminders;DB_CLOSE_DELAY=-1",
        // the mailbox where replies arrive: nothing listens there
        "xanh.mailbox.host=127.0.0.1", "xanh.mailbox.port=1"})
class RemindersIntegrationTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final int PORT = TestPorts.free();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static Path root;

    @Autowired
    Reminders reminders;

    @Autowired
    IntakeService intake;

    @Autowired
    MailboxFetcher fetcher;

    @Autowired
    vn.xanh.cli.TestCommands commands;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        root = TestFolders.inputAndOutput(registry, "xanh-reminders");
        SMTP.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void unitsThatHaveNotReportedAreRemindedBeforeTheDeadlineAndOnceAfter() throws Exception {
        // given: Thôn Đông reported November on 30/11, Thôn Đoài sends "Không phát sinh" on 1/12, Thôn Nam
        // reports on 3/12 (after the first reminder), Thôn Bắc never; Thôn Trung has no address; the commune
        // office sends its November report (XA) on 30/11 but never its activity log (HOATDONG)
        Path input = Files.createDirectories(root.resolve("input"));
        Map<LocalDate, List<Path>> arriving = Map.of(
                LocalDate.of(2026, 11, 30), List.of(TestWorkbooks.village(input, "dong.xlsx", "Thôn Đông", NOVEMBER,
                        values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90)), TestWorkbooks.office(input, "ubnd.xlsx",
                        NOVEMBER, values("VILLAGES_TOTAL", 8, "VILLAGES_5G", 6))),
                LocalDate.of(2026, 12, 1), List.of(TestWorkbooks.raw(input, "doai-kps.xlsx", new Object[][] {
                        {"Mẫu số:", "THON"}, {"Đơn vị báo cáo:", "Thôn Đoài"}, {"Kỳ báo cáo:", "Tháng 11/2026"},
                        {"Không phát sinh:", "Có"}, {"Mã số", "Chỉ tiêu", "Số liệu"}, {"HH_TOTAL", "Tổng số hộ", null}})),
                LocalDate.of(2026, 12, 3), List.of(TestWorkbooks.village(input, "nam.xlsx", "Thôn Nam", NOVEMBER,
                        values("HH_TOTAL", 120, "HH_CLEAN_WATER", 100))));

        // when: every day from 30/11 to 31/12, that day's reports taken in, then the reminders
        Map<LocalDate, List<String>> reminded = new TreeMap<>();
        for (LocalDate day = LocalDate.of(2026, 11, 30); !day.isAfter(LocalDate.of(2026, 12, 31)); day = day.plusDays(1)) {
            intake.ingest(arriving.getOrDefault(day, List.of()));
            List<String> units = reminders.remind(day).stream().filter(code -> code.startsWith("THON_")).toList();
            if (!units.isEmpty()) {
                reminded.put(day, units);
            }
        }

        // then: on 30/11 October's follow-up (nobody had reported October); on 2/12 (3 days before the 5th)
        // those who had not reported November; on 6/12 the one still silent; no more
        assertThat(reminded).containsExactly(
                Map.entry(LocalDate.of(2026, 11, 30), List.of("THON_DONG", "THON_DOAI", "THON_NAM", "THON_BAC")),
                Map.entry(LocalDate.of(2026, 12, 2), List.of("THON_NAM", "THON_BAC")),
                Map.entry(LocalDate.of(2026, 12, 6), List.of("THON_BAC")));

        // and: what Thôn Bắc received: two messages, the blank template attached, in Vietnamese
        List<MimeMessage> toBac = TestMail.to(SMTP, "thonbac.tanky@example.com").stream()
                .filter(m -> subject(m).contains("11/2026")).toList();
        assertThat(toBac).hasSize(2);
        assertThat(MimeUtility.decodeText(toBac.get(0).getHeader("Subject", null)))
                .isEqualTo("Nhắc nộp báo cáo tháng 11/2026 – hạn ngày 05/12/2026");
        assertThat(TestMail.text(toBac.get(0))).contains("Kính gửi Thôn Bắc,")
                .contains("Hạn nộp báo cáo tháng 11/2026 là ngày 05/12/2026.");
        assertThat(MimeUtility.decodeText(toBac.get(1).getHeader("Subject", null)))
                .isEqualTo("Quá hạn nộp báo cáo tháng 11/2026 – Thôn Bắc");
        assertThat(TestMail.text(toBac.get(1))).contains("Đã quá hạn nộp báo cáo tháng 11/2026");
        assertThat(TestMail.attachments(toBac.get(1))).containsExactly("mau-THON-thon-bac.xlsx");
        assertThat(november("thondong.tanky@example.com")).isEmpty();
        assertThat(november("thondoai.tanky@example.com")).isEmpty();
        assertThat(november("thonnam.tanky@example.com")).containsExactly(
                "Nhắc nộp báo cáo tháng 11/2026 – hạn ngày 05/12/2026");

        // and: the office is reminded of the one form it owes, its report standing in for nothing else
        List<MimeMessage> toOffice = TestMail.to(SMTP, "vanphong.ubnd@tanky.haiphong.gov.vn").stream()
                .filter(m -> subject(m).contains("11/2026")).toList();
        assertThat(toOffice).hasSize(2);
        for (MimeMessage message : toOffice) {
            assertThat(TestMail.attachments(message)).containsExactly("mau-HOATDONG-ubnd-tan-ky.xlsx");
        }
    }

    private static List<String> november(String address) throws Exception {
        return TestMail.to(SMTP, address).stream().map(RemindersIntegrationTests::subject)
                .filter(subject -> subject.contains("11/2026")).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return MimeUtility.decodeText(message.getHeader("Subject", null));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMailboxThatCannotBeReachedIsShownByStatusAndStopsNothing() throws Exception {
        assertThat(fetcher.fetch().messages()).isZero();

        java.io.StringWriter out = new java.io.StringWriter();
        int exit = commands.execute(new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(new java.io.StringWriter(), true), "status");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Hộp thư 127.0.0.1:").contains("không vào được hộp thư (");
    }

    @Test
    void theDayOfEachReminderFollowsTheSchedule() {
        Schedule schedule = TestWorkbooks.CATALOG.schedule();
        assertThat(Reminders.due(LocalDate.of(2026, 12, 1), schedule)).isEmpty();
        assertThat(Reminders.due(LocalDate.of(2026, 12, 2), schedule)).hasValueSatisfying(due -> {
            assertThat(due.period()).isEqualTo(NOVEMBER);
            assertThat(due.late()).isFalse();
        });
        assertThat(Reminders.due(LocalDate.of(2026, 12, 5), schedule)).hasValueSatisfying(d -> assertThat(d.late()).isFalse());
        assertThat(Reminders.due(LocalDate.of(2026, 12, 6), schedule)).hasValueSatisfying(d -> assertThat(d.late()).isTrue());
        assertThat(Reminders.due(LocalDate.of(2027, 1, 2), schedule)).hasValueSatisfying(
                due -> assertThat(due.period()).isEqualTo(YearMonth.of(2026, 12)));
    }
}
