package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import vn.xanh.TestWorkbooks;
import vn.xanh.batch.RunMode;

/**
 * The commune's mailbox as submitters use it, GreenMail serving IMAP and SMTP: workbooks attached to
 * mail land in the drop folder, intake takes them, and each sender is answered in the same thread.
 */
@org.springframework.context.annotation.Import(vn.xanh.cli.TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "xanh.digest.retry-delay=0s"})
abstract class MailboxIntegrationTests extends MailboxTestSupport {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String DONG = "thondong.tanky@example.com";
    static final String HTX = "htxnn.tanky@example.com";
    static final String STRANGER = "nguoila@example.org";

    @Autowired
    MailboxCycle cycle;

    static void commonProperties(DynamicPropertyRegistry registry) throws IOException {
        startMail(registry, "xanh-mailbox");
    }

    @Test
    void workbooksByMailAreTakenInAndEachSenderIsAnsweredInItsThread() throws Exception {
        // given: Thôn Đông sends two workbooks (October good, September with a negative number), the
        // cooperative a zip (whose entry tries to climb out of the folder) and the same workbook again
        // attached, a stranger only a PDF; Thôn Đông's message arrives twice
        Path files = Files.createDirectories(root.resolve("files"));
        Path good = TestWorkbooks.village(files, "dong-t10.xlsx", "Thôn Đông", OCTOBER,
                values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));
        Path negative = TestWorkbooks.village(files, "dong-t9.xlsx", "Thôn Đông", YearMonth.of(2026, 9),
                values("HH_TOTAL", 100, "HH_CLEAN_WATER", -5));
        Path htx = TestWorkbooks.cooperative(Files.createDirectories(files.resolve("htx")), "htx.xlsx",
                "HTX Nông nghiệp Tân Kỳ", OCTOBER, values("RICE_LOW_EMISSION_HA", 12.5, "CROP_AREA_HA", 40), List.of());
        Map<String, Path> entries = new LinkedHashMap<>();
        entries.put("../../htx.xlsx", htx);
        entries.put("doc-truoc.txt", Files.writeString(files.resolve("doc-truoc.txt"), "xin chào"));
        Path zip = TestMail.zip(files.resolve("bao-cao-htx.zip"), entries);
        Path pdf = Files.write(files.resolve("bao-cao.pdf"), "%PDF-1.4 không phải bảng tính".getBytes());
        GreenMailUser commune = commune();
        MimeMessage fromDong = TestMail.message("<dong-1@example.com>", DONG, "Báo cáo tháng 10 Thôn Đông", good,
                negative);
        commune.deliver(fromDong);
        commune.deliver(TestMail.message("<htx-1@example.com>", HTX, "HTX gửi báo cáo", zip, htx));
        commune.deliver(TestMail.message("<la-1@example.org>", STRANGER, "Báo cáo", pdf));
        commune.deliver(TestMail.message("<dong-1@example.com>", DONG, "Báo cáo tháng 10 Thôn Đông", good,
                negative));
        // and: plain text from a stranger, and an out-of-office reply from the cooperative: no answer to either
        commune.deliver(TestMail.message("<qc-1@example.net>", "quangcao@example.net", "Khuyến mãi"));
        MimeMessage away = TestMail.message("<htx-away@example.com>", HTX, "Trả lời tự động: vắng mặt");
        away.setHeader("Auto-Submitted", "auto-replied");
        commune.deliver(away);

        // when: the nightly run
        runner.run(AS_OF, RunMode.NIGHTLY);

        // then: each workbook once, where intake put it; nothing outside the drop folder
        Path input = root.resolve("input");
        assertThat(names(input)).isEmpty();
        assertThat(names(input.resolve("processed"))).containsExactlyInAnyOrder("dong-t10.xlsx", "htx.xlsx",
                "htx (2).xlsx");
        assertThat(names(input.resolve("rejected"))).containsExactlyInAnyOrder("dong-t9.xlsx", "dong-t9.xlsx.loi.txt",
                "dong-t9.loi.xlsx");
        assertThat(root.resolve("htx.xlsx")).doesNotExist();
        assertThat(facts()).containsExactlyInAnyOrder("THON_DONG HH_TOTAL 100", "THON_DONG HH_CLEAN_WATER 90",
                "HTX_NN_TAN_KY RICE_LOW_EMISSION_HA 12.5", "HTX_NN_TAN_KY CROP_AREA_HA 40",
                "HTX_NN_TAN_KY OCOP_PRODUCTS 0", "HTX_NN_TAN_KY OCOP_GREEN_PRODUCTS 0");
        assertThat(jdbc.sql("SELECT file_name || ' ' || status || ' ' || sender_email || ' ' || message_id"
                + " FROM submission ORDER BY file_name").query(String.class).list()).containsExactly(
                        "dong-t10.xlsx ACCEPTED thondong.tanky@example.com <dong-1@example.com>",
                        "dong-t9.xlsx REJECTED thondong.tanky@example.com <dong-1@example.com>",
                        "htx (2).xlsx ACCEPTED htxnn.tanky@example.com <htx-1@example.com>",
                        "htx.xlsx DUPLICATE htxnn.tanky@example.com <htx-1@example.com>");

        // and: Thôn Đông gets one answer, in its thread, with the marked-up copy of the rejected file
        List<MimeMessage> toDong = answers(DONG);
        assertThat(toDong).hasSize(1);
        MimeMessage answer = toDong.get(0);
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo("<dong-1@example.com>");
        assertThat(answer.getHeader("References", " ")).contains("<dong-1@example.com>");
        assertThat(MimeUtility.decodeText(answer.getHeader("Subject", null)))
                .isEqualTo("Re: Báo cáo tháng 10 Thôn Đông");
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        String text = TestMail.text(answer);
        assertThat(text).contains("Kính gửi Thôn Đông,").contains("ĐÃ NHẬN: dong-t10.xlsx")
                .contains("Đơn vị: Thôn Đông, kỳ báo cáo: tháng 10/2026.").contains("Tổng số hộ dân: 100 hộ")
                .contains("Số hộ sử dụng nước sạch: 90 hộ").contains("CHƯA NHẬN ĐƯỢC: dong-t9.xlsx")
                .contains("không được âm").contains("Cách gửi lại").contains("dong-t9.loi.xlsx");
        assertThat(TestMail.attachments(answer)).containsExactly("dong-t9.loi.xlsx");

        // and: the cooperative hears that its second copy was a duplicate, and what in the zip was not taken
        List<MimeMessage> toHtx = answers(HTX);
        assertThat(toHtx).hasSize(1);
        assertThat(TestMail.text(toHtx.get(0))).contains("ĐÃ NHẬN: htx (2).xlsx").contains("TRÙNG: htx.xlsx")
                .contains("doc-truoc.txt: không phải bảng tính Excel")
                .contains("Diện tích lúa chất lượng cao giảm phát thải: 12,5 ha");
        assertThat(TestMail.attachments(toHtx.get(0))).isEmpty();

        // and: a stranger gets no answer at all (issue 25: the mailbox is no relay); the digest flags the sender
        assertThat(TestMail.to(MAIL, STRANGER)).isEmpty();
        assertThat(answers("quangcao@example.net")).isEmpty();
        assertThat(Files.readString(root.resolve("output").resolve(AS_OF.toString()).resolve("digest.html")))
                .contains("Thư từ địa chỉ lạ nguoila@example.org").doesNotContain("quangcao@example.net");

        // and: every message is marked read in the mailbox
        assertThat(unread()).isZero();

        // when: the messages are unread again (a clerk's mail client) and the next run fetches them
        markAllUnread();
        runner.run(AS_OF, RunMode.NIGHTLY);

        // then: no file saved twice, no second answer
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_attachment").query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(4);
        assertThat(answers(DONG)).hasSize(1);
        assertThat(answers(HTX)).hasSize(1);
        assertThat(answers(STRANGER)).isEmpty();
        assertThat(unread()).isZero();

        // and: the digest lists the units reminded after the first run (October's follow-up)
        assertThat(Files.readString(root.resolve("output").resolve(AS_OF.toString()).resolve("digest.html")))
                .contains("Đã nhắc nộp báo cáo tháng 10/2026 (sau hạn): Ban quản lý chợ xã Tân Kỳ, Thôn Bắc, Thôn Đoài,"
                        + " Thôn Nam, UBND xã Tân Kỳ.");

        // when: between nightly runs (xanh serve), Thôn Nam sends its report
        commune().deliver(TestMail.message("<nam-1@example.com>", "thonnam.tanky@example.com", "Thôn Nam báo cáo",
                TestWorkbooks.village(root.resolve("files"), "nam.xlsx", "Thôn Nam", OCTOBER,
                        values("HH_TOTAL", 120, "HH_CLEAN_WATER", 100))));
        cycle.run();

        // then: taken in and answered within the round
        assertThat(names(input.resolve("processed"))).contains("nam.xlsx");
        assertThat(answers("thonnam.tanky@example.com")).singleElement()
                .satisfies(m -> assertThat(TestMail.text(m)).contains("ĐÃ NHẬN: nam.xlsx"));

        // and: xanh status shows the mailbox
        java.io.StringWriter out = new java.io.StringWriter();
        commands.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true),
                "status");
        assertThat(out.toString()).contains("Hộp thư " + TestMail.LOGIN + " (127.0.0.1):")
                .contains("lấy thư lần gần nhất: ").contains("thư chưa đọc còn chờ trong hộp thư: 0")
                .contains("tệp lấy từ thư đang chờ nhận: 0").contains("thư trả lời, thư nhắc chưa gửi: 0")
                .contains("thư giả mạo địa chỉ người gửi (From) KHÔNG bị phát hiện");
    }

    /** Answers only: the messages in a thread. */
    private static List<MimeMessage> answers(String address) throws Exception {
        return TestMail.to(MAIL, address).stream().filter(m -> {
            try {
                return m.getHeader("In-Reply-To") != null;
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int unread() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int unread = inbox.getUnreadMessageCount();
            inbox.close(false);
            return unread;
        }
    }

    private static void markAllUnread() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message message : inbox.getMessages()) {
                message.setFlag(Flags.Flag.SEEN, false);
            }
            inbox.close(false);
        }
    }

    private static Store imap() throws Exception {
        Store store = Session.getInstance(new java.util.Properties()).getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), TestMail.LOGIN, TestMail.PASSWORD);
        return store;
    }

    private List<String> facts() {
        return jdbc.sql("SELECT f.unit_code, f.metric, f.amount FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
                .list();
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
