package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import vn.xanh.TestWorkbooks;
import vn.xanh.batch.RunMode;

/**
 * Who may change the official numbers by mail, GreenMail serving IMAP and SMTP and the receiving server
 * named by {@code xanh.mailbox.authserv-id}: only a unit's own address (or the office's, which submits for
 * all) that the receiving server vouched for is counted; the rest is held for a clerk, who approves or
 * refuses it; strangers hear nothing.
 */
@org.springframework.context.annotation.Import(vn.xanh.cli.TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "xanh.digest.retry-delay=0s", "xanh.mailbox.authserv-id=mx.tanky.haiphong.gov.vn"})
abstract class MailTrustIntegrationTests extends MailboxTestSupport {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String TRUSTED = "mx.tanky.haiphong.gov.vn";
    static final String STRANGER = "ke.la@evil.example";
    static final String VICTIM = "nan.nhan@victim.example";
    static final String DONG = "thondong.tanky@example.com";
    static final String DOAI = "thondoai.tanky@example.com";
    static final String NAM = "thonnam.tanky@example.com";
    static final String HTX = "htxnn.tanky@example.com";
    static final String OFFICE = "vanphong.ubnd@tanky.haiphong.gov.vn";

    static void commonProperties(DynamicPropertyRegistry registry) throws IOException {
        startMail(registry, "xanh-trust");
    }

    @Test
    void onlyAUnitsOwnVouchedAddressCountsTheRestWaitsForAClerk() throws Exception {
        // given: a stranger sends Thôn Nam's report (its own domain passes DMARC) and asks for answers elsewhere
        Path files = Files.createDirectories(root.resolve("files"));
        GreenMailUser commune = commune();
        MimeMessage stranger = TestMail.message("<la-1@evil.example>", STRANGER, "Báo cáo Thôn Nam",
                TestWorkbooks.village(files, "nam-la.xlsx", "Thôn Nam", OCTOBER,
                        values("HH_TOTAL", 999, "HH_CLEAN_WATER", 999)));
        stranger.setReplyTo(new InternetAddress[] {new InternetAddress(VICTIM)});
        stranger.addHeader("Authentication-Results", TRUSTED + "; dmarc=pass header.from=evil.example");
        commune.deliver(stranger);
        // and: Thôn Đông's address sends Thôn Bắc's report
        MimeMessage dongForBac = TestMail.message("<dong-bac@example.com>", DONG, "Báo cáo Thôn Bắc",
                TestWorkbooks.village(files, "bac.xlsx", "Thôn Bắc", OCTOBER, values("HH_TOTAL", 80, "HH_CLEAN_WATER", 60)));
        dongForBac.addHeader("Authentication-Results", TRUSTED + "; dmarc=pass header.from=example.com");
        commune.deliver(dongForBac);
        // and: Thôn Đoài's report whose only verdict was written by another server (or the sender)
        MimeMessage forged = TestMail.message("<doai-1@example.com>", DOAI, "Báo cáo Thôn Đoài",
                TestWorkbooks.village(files, "doai.xlsx", "Thôn Đoài", OCTOBER, values("HH_TOTAL", 70, "HH_CLEAN_WATER", 70)));
        forged.addHeader("Authentication-Results", "mx.evil.example; dmarc=pass header.from=example.com");
        commune.deliver(forged);
        // and: the cooperative's report that the receiving server says fails DMARC
        MimeMessage failing = TestMail.message("<htx-1@example.com>", HTX, "Báo cáo HTX",
                TestWorkbooks.cooperative(files, "htx.xlsx", "HTX Nông nghiệp Tân Kỳ", OCTOBER,
                        values("RICE_LOW_EMISSION_HA", 12.5, "CROP_AREA_HA", 40), List.of()));
        failing.addHeader("Authentication-Results", TRUSTED + "; spf=fail smtp.mailfrom=example.com; dmarc=fail"
                + " (p=reject) header.from=example.com");
        commune.deliver(failing);
        // and: Thôn Nam's own report, vouched for in a header with comments, a version and mixed case
        MimeMessage proper = TestMail.message("<nam-1@example.com>", NAM, "Báo cáo Thôn Nam",
                TestWorkbooks.village(files, "nam.xlsx", "Thôn Nam", OCTOBER, values("HH_TOTAL", 120, "HH_CLEAN_WATER", 100)));
        proper.addHeader("Authentication-Results", "MX.TanKy.HaiPhong.gov.vn (Postfix; id \"a;b\") 1;\r\n"
                + "  spf=pass (sender SPF authorized) smtp.mailfrom=example.com;\r\n"
                + "  dkim=pass (2048-bit key; unprotected) header.d=example.com header.i=@example.com;\r\n"
                + "  DMARC=Pass (p=reject dis=none) header.from=example.com");
        proper.addHeader("Authentication-Results", TRUSTED + "; dmarc=fail (written by the sender, below the server's)");
        commune.deliver(proper);
        // and: the office forwards Thôn Trung's report; its domain has no DMARC policy, its DKIM signature is aligned
        MimeMessage forwarded = TestMail.message("<ubnd-1@tanky.haiphong.gov.vn>", OFFICE, "Chuyển báo cáo Thôn Trung",
                TestWorkbooks.village(files, "trung.xlsx", "Thôn Trung", OCTOBER, values("HH_TOTAL", 50, "HH_CLEAN_WATER", 45)));
        forwarded.addHeader("Authentication-Results", TRUSTED + "; dkim=pass header.d=tanky.haiphong.gov.vn;"
                + " dmarc=none header.from=tanky.haiphong.gov.vn");
        commune.deliver(forwarded);

        // when: the nightly run
        runner.run(AS_OF, RunMode.NIGHTLY);

        // then: only Thôn Nam's own report and the office's forward count
        assertThat(counted()).containsExactlyInAnyOrder("THON_NAM HH_TOTAL 120", "THON_NAM HH_CLEAN_WATER 100",
                "THON_TRUNG HH_TOTAL 50", "THON_TRUNG HH_CLEAN_WATER 45");
        assertThat(Files.readString(root.resolve("output").resolve(AS_OF.toString()).resolve("facts.csv")))
                .doesNotContain("999")
                .doesNotContain("THON_BAC").doesNotContain("THON_DOAI");
        // and: the other four are held, with their numbers, each with why
        assertThat(jdbc.sql("SELECT file_name || ' ' || status FROM submission ORDER BY file_name").query(String.class)
                .list()).containsExactly("bac.xlsx HELD", "doai.xlsx HELD", "htx.xlsx HELD", "nam-la.xlsx HELD",
                        "nam.xlsx ACCEPTED", "trung.xlsx ACCEPTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.file_name = 'nam-la.xlsx' AND f.amount = 999").query(Integer.class).single()).isEqualTo(2);
        String held = run("held");
        assertThat(held.lines().toList()).hasSize(4).allMatch(line -> line.matches("^#\\d+ nhận .*"));
        assertThat(line(held, "nam-la.xlsx")).contains("người gửi " + STRANGER).contains("đơn vị Thôn Nam")
                .contains("không thuộc đơn vị nào trong danh sách đơn vị");
        assertThat(line(held, "bac.xlsx")).contains("người gửi " + DONG).contains("đơn vị Thôn Bắc")
                .contains("của Thôn Đông, không phải của Thôn Bắc");
        assertThat(line(held, "doai.xlsx")).contains("không có kết quả xác thực của máy chủ");
        assertThat(line(held, "htx.xlsx")).contains("DMARC không đạt (dmarc=fail)");
        // and: the digest lists them for the clerk
        String digest = Files.readString(root.resolve("output").resolve(AS_OF.toString()).resolve("digest.html"));
        assertThat(digest).contains("Báo cáo chờ xác nhận (<span>4</span>)").contains("nam-la.xlsx").contains(STRANGER)
                .contains("không thuộc đơn vị nào trong danh sách đơn vị");
        // and: xanh status too
        assertThat(run("status")).contains("Báo cáo chờ xác nhận (chưa được tính; xanh approve SỐ hoặc xanh refuse"
                + " SỐ --reason …): 4").contains("kiểm tra người gửi: theo kết quả xác thực");

        // and: no answer to the stranger, nor to its Reply-To, nor to the unvouched senders
        assertThat(TestMail.to(MAIL, STRANGER)).isEmpty();
        assertThat(TestMail.to(MAIL, VICTIM)).isEmpty();
        assertThat(answers(DOAI)).isEmpty();
        assertThat(answers(HTX)).isEmpty();
        // and: the vouched units hear back: counted, or waiting for the clerk
        assertThat(answers(NAM)).singleElement()
                .satisfies(m -> assertThat(TestMail.text(m)).contains("ĐÃ NHẬN: nam.xlsx"));
        assertThat(answers(OFFICE)).singleElement()
                .satisfies(m -> assertThat(TestMail.text(m)).contains("ĐÃ NHẬN: trung.xlsx"));
        assertThat(answers(DONG)).singleElement()
                .satisfies(m -> assertThat(TestMail.text(m)).contains("CHỜ XÁC NHẬN: bac.xlsx")
                        .contains("chưa được tính"));

        // when: the clerk approves Thôn Bắc's report and refuses the stranger's
        String approved = run("approve", "#" + id("bac.xlsx"), "--note", "Thôn Bắc nhờ Thôn Đông gửi hộ");
        String refused = run("refuse", Long.toString(id("nam-la.xlsx")), "--reason", "Người gửi không phải thôn Nam");

        // then: each says so, with who decided
        String who = System.getProperty("user.name") + "@";
        assertThat(approved).contains("Đã xác nhận báo cáo #" + id("bac.xlsx") + " (bac.xlsx)").contains(who);
        assertThat(refused).contains("Đã không nhận báo cáo #" + id("nam-la.xlsx"))
                .contains("Không gửi thư: người gửi không phải địa chỉ của đơn vị nào.");
        // and: the refused file is in rejected/ with the reason; nobody is told
        Path rejected = root.resolve("input").resolve("rejected");
        assertThat(rejected.resolve("nam-la.xlsx")).exists();
        assertThat(Files.readString(rejected.resolve("nam-la.xlsx.loi.txt")))
                .contains("Cán bộ xã không nhận báo cáo này: Người gửi không phải thôn Nam");
        assertThat(TestMail.to(MAIL, STRANGER)).isEmpty();
        assertThat(TestMail.to(MAIL, VICTIM)).isEmpty();
        // when: the clerk refuses the cooperative's report that failed DMARC
        String toldHtx = run("refuse", Long.toString(id("htx.xlsx")), "--reason", "Thư không qua kiểm tra DMARC");

        // then: the cooperative is told at its own address, with the reason
        assertThat(toldHtx).contains("Đã gửi thư báo lý do cho đơn vị (" + HTX + ").");
        assertThat(TestMail.to(MAIL, HTX).stream().filter(m -> {
            try {
                return TestMail.text(m).contains("Lý do: Thư không qua kiểm tra DMARC");
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList()).hasSize(1);

        // and: a decided one cannot be decided again
        assertThat(run("approve", Long.toString(id("nam-la.xlsx")))).isEmpty();

        // and: Thôn Nam writes ten more times the same day, without a file
        for (int i = 2; i <= 11; i++) {
            MimeMessage question = TestMail.message("<nam-" + i + "@example.com>", NAM, "Hỏi lần " + i);
            question.addHeader("Authentication-Results", TRUSTED + "; dmarc=pass header.from=example.com");
            commune.deliver(question);
        }

        // when: the next run
        runner.run(AS_OF.plusDays(1), RunMode.NIGHTLY);

        // then: no more than xanh.mailbox.max-answers-per-day (10) answers went to the address that day
        assertThat(answers(NAM)).hasSize(10);

        // then: Thôn Bắc's numbers count now; the stranger's never
        assertThat(counted()).contains("THON_BAC HH_TOTAL 80", "THON_BAC HH_CLEAN_WATER 60")
                .doesNotContain("THON_NAM HH_TOTAL 999");
        assertThat(Files.readString(root.resolve("output").resolve(AS_OF.plusDays(1).toString()).resolve("facts.csv")))
                .contains("THON_BAC")
                .doesNotContain("999");
        assertThat(run("held").lines().toList()).hasSize(1);

        // and: the audit trail tells every step, with who decided
        String audit = run("audit", "--unit", "Thôn Bắc");
        assertThat(audit.lines().toList()).hasSize(2);
        assertThat(audit.lines().toList().get(0)).contains("#" + id("bac.xlsx") + " GIỮ LẠI CHỜ XÁC NHẬN: Thôn Bắc")
                .contains("thư <dong-bac@example.com> từ " + DONG).contains("người quyết định: tự động (xanh)");
        assertThat(audit.lines().toList().get(1)).contains("XÁC NHẬN").contains("người quyết định: " + who)
                .contains("Ghi chú: Thôn Bắc nhờ Thôn Đông gửi hộ");
        assertThat(run("audit")).contains("ĐƯỢC TÍNH: Thôn Nam").contains("KHÔNG NHẬN: Thôn Nam")
                .contains("Người gửi không phải thôn Nam");
    }

    /** Answers only (in a thread), not the reminders a known unit may get besides. */
    private static List<MimeMessage> answers(String address) throws Exception {
        List<MimeMessage> answers = new java.util.ArrayList<>();
        for (MimeMessage message : TestMail.to(MAIL, address)) {
            if (message.getHeader("In-Reply-To") != null) {
                answers.add(message);
            }
        }
        return answers;
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        commands.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
        return out.toString();
    }

    private static String line(String text, String file) {
        return text.lines().filter(l -> l.contains("tệp " + file + ",")).findFirst().orElseThrow();
    }

    private long id(String file) {
        return jdbc.sql("SELECT id FROM submission WHERE file_name = :file").param("file", file).query(Long.class)
                .single();
    }

    private List<String> counted() {
        return jdbc.sql("SELECT f.unit_code, f.metric, f.amount FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
                .list();
    }
}
