package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.icegreen.greenmail.util.GreenMail;

import vn.xanh.TestWorkbooks;
import vn.xanh.batch.ChildProcess;

/**
 * xanh in a JVM of its own, killed with SIGKILL while saving a message's workbooks (after recording
 * them, before they are all in {@code input/}; after they are, before the message is marked read),
 * then run again: each workbook is taken in once, none is lost, the sender gets one answer.
 */
class MailboxCrashIntegrationTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String DONG = "thondong.tanky@example.com";

    Path root;
    GreenMail mail;
    Map<String, String> properties;

    @BeforeEach
    void mailbox() throws Exception {
        root = Files.createTempDirectory("xanh-mailbox-crash");
        Path files = Files.createDirectories(root.resolve("files"));
        mail = TestMail.start();
        mail.getUserManager().getUser(TestMail.LOGIN).deliver(TestMail.message("<dong-crash@example.com>", DONG,
                "Báo cáo tháng 10",
                TestWorkbooks.village(files, "dong.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 100,
                        "HH_CLEAN_WATER", 90)),
                // Thôn Đông's own September report: another unit's report from its address would be held (issue 25).
                TestWorkbooks.village(files, "dong-t9.xlsx", "Thôn Đông", OCTOBER.minusMonths(1), values("HH_TOTAL", 80,
                        "HH_CLEAN_WATER", 70))));
        properties = new HashMap<>(Map.of("xanh.input-dir", root.resolve("input").toString(), "xanh.output-dir",
                root.resolve("output").toString(), "spring.datasource.url", url(), "xanh.settle-time", "0s",
                "xanh.today", "2026-11-28", "xanh.test.pause-marker", root.resolve("paused").toString()));
        properties.putAll(TestMail.properties(mail));
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailbox.recorded", "mailbox.saved"})
    void aRunKilledWhileSavingMailLosesAndDoublesNoFile(String point) throws Exception {
        // given: a run killed with SIGKILL at the point
        ChildProcess.pausedAt(point, root, properties, "run").kill();

        // when: the next run
        ChildProcess next = ChildProcess.start(root, properties, "run");
        int exit = next.awaitExit();

        // then: both workbooks taken in once, nothing left behind, one answer
        assertThat(exit).as(next.output()).isZero();
        Path input = root.resolve("input");
        assertThat(MailboxIntegrationTests.names(input)).isEmpty();
        assertThat(MailboxIntegrationTests.names(input.resolve("processed")))
                .containsExactlyInAnyOrder("dong.xlsx", "dong-t9.xlsx");
        assertThat(MailboxIntegrationTests.names(input.resolve("rejected"))).isEmpty();
        try (var staged = Files.walk(input.resolve(".mailbox"))) {
            assertThat(staged.filter(Files::isRegularFile).toList()).isEmpty();
        }
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url(), "sa", ""));
        assertThat(jdbc.sql("SELECT file_name || ' ' || status || ' ' || sender_email FROM submission ORDER BY 1")
                .query(String.class).list()).containsExactly("dong-t9.xlsx ACCEPTED " + DONG, "dong.xlsx ACCEPTED " + DONG);
        List<jakarta.mail.internet.MimeMessage> answers = TestMail.to(mail, DONG);
        assertThat(answers).hasSize(1);
        assertThat(TestMail.text(answers.get(0))).contains("ĐÃ NHẬN: dong.xlsx").contains("ĐÃ NHẬN: dong-t9.xlsx");
    }

    private String url() {
        return "jdbc:h2:file:" + root.resolve("data/xanh") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }
}
