package vn.xanh.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.xanh.TestFolders;
import vn.xanh.TestWorkbooks;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;
import vn.xanh.batch.RunOutcome;
import vn.xanh.outbox.Delivery;
import vn.xanh.outbox.OutboxRepository;

/** The digest as a mail client receives it, and what happens when the SMTP server is down. */
@org.springframework.context.annotation.Import(vn.xanh.cli.TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "xanh.digest.retry-delay=0s", "spring.datasource.url=jdbc:h2:mem:mail;DB_CLOSE_DELAY=-1"})
class DigestMailIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final int PORT = vn.xanh.TestPorts.free();
    static Path root;

    @Autowired
    NightlyRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.xanh.cli.TestCommands commands;

    @Autowired
    OutboxRepository outbox;

    GreenMail smtp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        root = TestFolders.inputAndOutput(registry, "xanh-mail");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aDigestKeptWhileTheServerIsDownGoesOutOnceWhenItIsBack() throws Exception {
        // given: a report, and no SMTP server listening
        TestWorkbooks.village(Files.createDirectories(root.resolve("input")), "dong.xlsx", "Thôn Đông",
                YearMonth.of(2026, 10), values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));

        // when
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = commands.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run", "--date",
                "2026-11-28");

        // then: the run completed, the digest waits in the outbox, exit status 4
        assertThat(exit).isEqualTo(4);
        assertThat(err.toString()).contains("Bản tin chưa gửi được: máy chủ thư không nhận.");
        assertThat(jdbc.sql("SELECT status FROM digest_outbox WHERE as_of = :d").param("d", AS_OF)
                .query(String.class).list()).containsOnly("PENDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fact").query(Integer.class).single()).isEqualTo(2);

        // when: the server is back, and the next runs come
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        RunOutcome next = runner.run(AS_OF, RunMode.NIGHTLY);
        runner.run(AS_OF, RunMode.NIGHTLY);

        // then: delivered once to each of the three recipients
        assertThat(next.delivery()).isIn(Delivery.ALREADY_DELIVERED, Delivery.SENT);
        assertThat(jdbc.sql("SELECT status FROM digest_outbox WHERE as_of = :d").param("d", AS_OF)
                .query(String.class).list()).containsOnly("SENT");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);

        // the subject in Vietnamese, decoded as a mail client shows it
        assertThat(MimeUtility.decodeText(received[0].getHeader("Subject", null)))
                .startsWith("[Chuyển đổi xanh xã Tân Kỳ] Bản tin ngày 28/11/2026 – ");

        // HTML and text parts; every cid: image of the HTML is inline in the message
        for (MimeMessage message : received) {
            List<Part> parts = leaves(message);
            String html = (String) parts.stream().filter(p -> is(p, "text/html")).findFirst().orElseThrow().getContent();
            String text = (String) parts.stream().filter(p -> is(p, "text/plain")).findFirst().orElseThrow().getContent();
            assertThat(text).contains("BẢN TIN CHUYỂN ĐỔI XANH");
            assertThat(html).contains("Hai mươi chỉ tiêu đến năm 2030").doesNotContain("http://").doesNotContain("<script");
            List<String> cids = new ArrayList<>();
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("src=\"cid:([^\"]+)\"").matcher(html);
            while (matcher.find()) {
                cids.add(matcher.group(1));
            }
            assertThat(cids).contains("overview");
            for (String cid : cids) {
                assertThat(parts).anyMatch(p -> contentId(p).equals("<" + cid + ">") && is(p, "image/png"));
            }
        }

        // the workbook goes only to the recipients who take it
        long withWorkbook = java.util.Arrays.stream(received).filter(m -> leaves(m).stream().anyMatch(p ->
                "bao-cao-2026-11-28.xlsx".equals(fileName(p)))).count();
        assertThat(withWorkbook).isEqualTo(2);
    }

    @Test
    void aMessageInterruptedWhileSendingIsNeverSentAgainByItself() throws Exception {
        // given: a digest of 27/11 handed to the SMTP server when the process was killed
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        LocalDate day = LocalDate.of(2026, 11, 27);
        Path message = Files.createDirectories(root.resolve("stale")).resolve("digest.eml");
        Files.writeString(message, "Subject: cu\r\nTo: a@b.vn\r\n\r\nnoi dung\r\n");
        long id = outbox.store(day, "all", "cũ", "a@b.vn", message.toString(), java.time.OffsetDateTime.now());
        outbox.markSending(id);

        // when
        runner.run(day, RunMode.NIGHTLY);

        // then: marked uncertain, not sent, and the clerk can see it
        assertThat(jdbc.sql("SELECT status FROM digest_outbox WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("UNCERTAIN");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        StringWriter out = new StringWriter();
        commands.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "status");
        assertThat(out.toString()).contains("không rõ đã gửi chưa");
    }

    private static List<Part> leaves(Part part) {
        List<Part> leaves = new ArrayList<>();
        try {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    leaves.addAll(leaves(child));
                }
            }
            else {
                leaves.add(part);
            }
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return leaves;
    }

    private static boolean is(Part part, String type) {
        try {
            return part.isMimeType(type);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contentId(Part part) {
        try {
            String[] ids = part.getHeader("Content-ID");
            return ids == null ? "" : ids[0];
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
