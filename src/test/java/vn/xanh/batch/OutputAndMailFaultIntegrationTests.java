package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.xanh.TestFolders;
import vn.xanh.TestPorts;
import vn.xanh.TestWorkbooks;
import vn.xanh.cli.TestCommands;

/**
 * Faults outside the database: the disk under {@code output/} full, and an SMTP server that accepts
 * the connection and never answers. The run says what happened and the next one finishes the work.
 */
@Import(TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "xanh.digest.retry-delay=0s", "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000", "spring.mail.properties.mail.smtp.writetimeout=2000"})
class OutputAndMailFaultIntegrationTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static Path root;
    static int port;

    @Autowired
    TestCommands commands;

    @Autowired
    JdbcClient jdbc;

    GreenMail smtp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        root = TestFolders.inputAndOutput(registry, "xanh-output-mail");
        port = TestPorts.free();
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("data/xanh") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }

    @BeforeEach
    void freshCommune() throws IOException {
        DatabaseFaultIntegrationTests.TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
        FileSystemUtils.deleteRecursively(root.resolve("input"));
        FileSystemUtils.deleteRecursively(root.resolve("output"));
        Path input = Files.createDirectories(root.resolve("input"));
        TestWorkbooks.village(input, "thon_dong.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));
        TestWorkbooks.village(input, "thon_doai.xlsx", "Thôn Đoài", OCTOBER, values("HH_TOTAL", 200, "HH_CLEAN_WATER", 150));
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aFullDiskIsNamedAndTheNextRunFinishes() throws Exception {
        // given: no room left where indicators.csv goes; Linux's /dev/full answers every write with ENOSPC
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full");
        startSmtp();
        Path day = Files.createDirectories(root.resolve("output/2026-11-28"));
        Files.createSymbolicLink(day.resolve("indicators.csv"), Path.of("/dev/full"));

        // when
        StringWriter full = new StringWriter();
        int fullExit = commands.execute(new PrintWriter(full, true), new PrintWriter(full, true), "run");

        // then: the clerk is told the disk is full and to run again
        assertThat(fullExit).isEqualTo(3);
        assertThat(full.toString()).contains("Ổ đĩa đã đầy").contains("chạy lại đúng lệnh này");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // when: space is freed and the clerk runs again
        Files.delete(day.resolve("indicators.csv"));
        StringWriter next = new StringWriter();
        int nextExit = commands.execute(new PrintWriter(next, true), new PrintWriter(next, true), "run");

        // then
        assertThat(nextExit).as(next.toString()).isZero();
        assertThat(Files.readAllLines(day.resolve("indicators.csv"), StandardCharsets.UTF_8)).hasSize(21)
                .anyMatch(line -> line.startsWith("MT02,Hộ dân sử dụng nước sạch,80,"));
        assertThat(DatabaseFaultIntegrationTests.names(root.resolve("input/processed")))
                .containsExactly("thon_doai.xlsx", "thon_dong.xlsx");
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMailServerThatNeverAnswersEndsTheRunWithFourAndTheDigestGoesOutOnceLater() throws Exception {
        // given: a server that accepts connections and never says a word
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                }
                catch (IOException closed) {
                    // the test is done with it
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            // when
            StringWriter hung = new StringWriter();
            int hungExit = commands.execute(new PrintWriter(hung, true), new PrintWriter(hung, true), "run");

            // then: the run ends, everything but the mail done, the digest kept
            assertThat(hungExit).as(hung.toString()).isEqualTo(4);
            assertThat(hung.toString()).contains("Bản tin chưa gửi được");
            assertThat(held).isNotEmpty();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM digest_outbox WHERE status = 'PENDING'").query(Integer.class)
                    .single()).isEqualTo(2);
        }
        finally {
            for (Socket socket : held) {
                socket.close();
            }
        }

        // when: the mail server answers again, and the next run comes
        startSmtp();
        StringWriter next = new StringWriter();
        int nextExit = commands.execute(new PrintWriter(next, true), new PrintWriter(next, true), "run");
        int thirdExit = commands.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "run");

        // then: delivered once, to each recipient
        assertThat(nextExit).as(next.toString()).isZero();
        assertThat(thirdExit).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM digest_outbox WHERE status = 'SENT'").query(Integer.class).single())
                .isEqualTo(2);
    }

    /**
     * Starts the mail server on the port the application sends to. After the silent server, the port may
     * still be held for a moment by the connections it just closed, so binding is tried again for a while.
     */
    private void startSmtp() throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            setup.setServerStartupTimeout(15_000);
            smtp = new GreenMail(setup);
            try {
                smtp.start();
                return;
            }
            catch (IllegalStateException notStarted) {
                smtp.stop();
                if (attempt == 10) {
                    throw notStarted;
                }
                Thread.sleep(1_000);
            }
        }
    }
}
