package vn.xanh.mailbox;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import vn.xanh.batch.NightlyRunner;
import vn.xanh.cli.TestCommands;

/**
 * What the mailbox's integration tests share: GreenMail serving IMAP and SMTP for the commune's mailbox (started
 * when the test class registers its settings, stopped after the class), the run's folders under {@link #root},
 * and the nightly run, the database and the clerk's commands. Test classes run one after another, so one
 * server at a time is held here.
 */
abstract class MailboxTestSupport {

    static GreenMail MAIL;
    static Path root;

    @Autowired
    NightlyRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCommands commands;

    /** Starts the mail server and points xanh at it and at new {@code input/} and {@code output/} folders. */
    static void startMail(DynamicPropertyRegistry registry, String prefix) throws IOException {
        MAIL = TestMail.start();
        root = TestMail.folders(registry, MAIL, prefix);
    }

    /** The commune's mailbox, where a test delivers what submitters send. */
    static GreenMailUser commune() {
        return MAIL.getUserManager().getUser(TestMail.LOGIN);
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }
}
