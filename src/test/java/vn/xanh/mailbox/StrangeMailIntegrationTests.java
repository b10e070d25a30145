package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import vn.xanh.TestWorkbooks;
import vn.xanh.system.ForeignText;

/**
 * What strangers send, GreenMail serving IMAP: a 350-byte Vietnamese attachment name, a truncated zip, broken
 * base64, a broken MIME structure and fifty undecodable messages, each before an ordinary village report. No
 * run fails, the ordinary reports are taken in on the first night, and the broken messages are set aside after
 * two tries and named in the digest and in {@code xanh status}.
 */
@org.springframework.context.annotation.Import(vn.xanh.cli.TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "xanh.digest.retry-delay=0s"})
abstract class StrangeMailIntegrationTests extends MailboxTestSupport {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final String DONG = "thondong.tanky@example.com";
    static final String STRANGER = "nguoila@example.org";

    static void commonProperties(DynamicPropertyRegistry registry) throws IOException {
        startMail(registry, "xanh-strange-mail");
    }

    @Test
    void brokenMessagesAreSetAsideAfterTwoTriesAndHoldUpNoReport() throws Exception {
        // given: each strange message before an ordinary report of Thôn Đông (one month each)
        Path files = Files.createDirectories(root.resolve("files"));
        GreenMailUser commune = commune();
        String longName = "ễ".repeat(115) + ".xlsx";
        commune.deliver(attaching("<long@example.org>", DONG, "Tên tệp dài", longName,
                Files.readAllBytes(report(files, "dai.xlsx", "Thôn Đông", 10, 80))));
        commune.deliver(ordinary(files, 5));
        byte[] zip = Files.readAllBytes(TestMail.zip(files.resolve("nen.zip"),
                Map.of("thon-nam.xlsx", report(files, "nam.xlsx", "Thôn Nam", 10, 120))));
        commune.deliver(attaching("<zip@example.org>", STRANGER, "Tệp nén hỏng", "bao-cao.zip",
                java.util.Arrays.copyOf(zip, zip.length / 2)));
        commune.deliver(ordinary(files, 6));
        commune.deliver(raw("<base64@example.org>", "Base64 hỏng", brokenBase64()));
        commune.deliver(ordinary(files, 7));
        commune.deliver(raw("<mime@example.org>", "MIME hỏng", brokenMime()));
        commune.deliver(ordinary(files, 8));
        for (int i = 0; i < 50; i++) {
            commune.deliver(raw("<rac-" + i + "@example.org>", "Thư lỗi " + i, brokenBase64()));
        }
        commune.deliver(ordinary(files, 9));

        // when: the first night
        int first = run();

        // then: it ends well; the five reports and the long-named one are taken in, the name cut within 200 bytes
        assertThat(first).isIn(0, 4);
        List<String> processed = MailboxIntegrationTests.names(root.resolve("input").resolve("processed"));
        assertThat(processed).hasSize(6).contains("dong-t5.xlsx", "dong-t6.xlsx", "dong-t7.xlsx", "dong-t8.xlsx",
                "dong-t9.xlsx");
        String cut = processed.stream().filter(name -> name.startsWith("ễ")).findFirst().orElseThrow();
        assertThat(ForeignText.bytes(cut)).isLessThanOrEqualTo(200);
        assertThat(cut).endsWith(".xlsx").isEqualTo("ễ".repeat(65) + ".xlsx");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status IN ('ACCEPTED', 'SUPERSEDED')")
                .query(Integer.class).single()).isEqualTo(6);
        // and: the truncated zip is taken as a broken zip, not retried (it is not among the failures below), and
        // its sender, a stranger, gets no answer at all
        assertThat(TestMail.to(MAIL, STRANGER)).isEmpty();
        // and: the 52 broken messages failed once each, and wait, unread, for the second try
        assertThat(failures("attempts = 1 AND set_aside_at IS NULL")).isEqualTo(52);
        assertThat(count("INBOX", false)).isEqualTo(52);

        // when: the second night
        int second = run();

        // then: they are set aside: flagged, moved out of the inbox, named in the digest and by xanh status
        assertThat(second).isIn(0, 4);
        assertThat(failures("attempts = 2 AND set_aside_at IS NOT NULL AND moved_to = 'Xanh-Loi'")).isEqualTo(52);
        assertThat(count("INBOX", false)).isZero();
        assertThat(count("Xanh-Loi", true)).isEqualTo(52);
        String digest = Files.readString(root.resolve("output").resolve(AS_OF.toString()).resolve("digest.html"));
        assertThat(digest).contains("Thư không đọc được, đã để riêng vào thư mục “Xanh-Loi” của hộp thư: thư của "
                + STRANGER + " (“Base64 hỏng”), lý do: nội dung tệp đính kèm bị hỏng (mã hóa sai), không giải mã được"
                + " (đã thử 2 lần).").contains("(“MIME hỏng”)").contains("(“Thư lỗi 49”)");
        StringWriter out = new StringWriter();
        commands.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "status");
        assertThat(out.toString()).contains("thư không đọc được, đã để riêng (thư mục Xanh-Loi, nhãn $XanhLoi): 52")
                .contains("thư của " + STRANGER + " (“Thư lỗi 49”): nội dung tệp đính kèm bị hỏng");

        // when: a third night
        assertThat(run()).isIn(0, 4);

        // then: nothing set aside is fetched again
        assertThat(failures("attempts = 2")).isEqualTo(52);
    }

    private int run() {
        return commands.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                "run", "--date", AS_OF.toString());
    }

    private int failures(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_failure WHERE " + where).query(Integer.class).single();
    }

    /** Messages in the folder: unread ones, or (flagged) those carrying the keyword $XanhLoi. */
    private static int count(String name, boolean flagged) throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", MAIL.getImap().getPort(), TestMail.LOGIN, TestMail.PASSWORD);
            Folder folder = store.getFolder(name);
            folder.open(Folder.READ_ONLY);
            int found = 0;
            for (Message message : folder.getMessages()) {
                if (flagged ? message.getFlags().contains("$XanhLoi") : !message.isSet(Flags.Flag.SEEN)) {
                    found++;
                }
            }
            folder.close(false);
            return found;
        }
    }

    private static Path report(Path files, String name, String village, int month, int households)
            throws IOException {
        return TestWorkbooks.village(files, name, village, YearMonth.of(2026, month),
                values("HH_TOTAL", households, "HH_CLEAN_WATER", households - 10));
    }

    private static MimeMessage ordinary(Path files, int month) throws Exception {
        return TestMail.message("<dong-t" + month + "@example.com>", DONG, "Báo cáo tháng " + month,
                report(files, "dong-t" + month + ".xlsx", "Thôn Đông", month, 100 + month));
    }

    /** A message with one attachment under a name no file system of ours would take as it is. */
    private static MimeMessage attaching(String id, String from, String subject, String name, byte[] bytes)
            throws Exception {
        MimeMessage message = TestMail.message(id, from, subject);
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/octet-stream")));
        attachment.setFileName(MimeUtility.encodeText(name, "UTF-8", "B"));
        attachment.setDisposition(Part.ATTACHMENT);
        multipart.addBodyPart(attachment);
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    /** A message written by hand, as a broken mail program would. */
    private static MimeMessage raw(String id, String subject, String body) throws Exception {
        String text = "Message-ID: " + id + "\r\nFrom: " + STRANGER + "\r\nTo: " + TestMail.MAILBOX + "\r\nSubject: "
                + MimeUtility.encodeText(subject, "UTF-8", "B") + "\r\nMIME-Version: 1.0\r\n" + body;
        return new MimeMessage(Session.getInstance(new Properties()),
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))) {
            @Override
            protected void updateMessageID() {
                // kept as written
            }
        };
    }

    /** A workbook attached in base64 whose last group is cut short: no decoder can finish it. */
    private static String brokenBase64() {
        String data = Base64.getEncoder().encodeToString("PK\u0003\u0004 không phải bảng tính".getBytes(
                StandardCharsets.UTF_8));
        return "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nxin chao\r\n"
                + "--b1\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment;"
                + " filename=\"bao-cao.xlsx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + data + "A=B\r\n--b1--\r\n";
    }

    /** Parts announced with one boundary, written with another, the last one never closed. */
    private static String brokenMime() {
        return "Content-Type: multipart/mixed; boundary=\"khong-co\"\r\n\r\n--khac\r\nContent-Type: multipart/mixed;"
                + " boundary=\"b2\"\r\nContent-Disposition: attachment; filename=\"bao-cao.xlsx\"\r\n\r\n--b2\r\n"
                + "Content-Type: application/octet-stream\r\n";
    }
}
