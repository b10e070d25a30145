package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.xanh.TestWorkbooks;

/**
 * xanh in a JVM of its own, killed with SIGKILL at chosen points and started again: every file ends in
 * exactly one place, the facts are those of an uninterrupted run, and exactly one digest went out.
 * Subclasses choose the database the processes share.
 */
abstract class CrashRecoveryIntegrationTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final List<String> VILLAGES = List.of("Thôn Đông", "Thôn Đoài", "Thôn Nam", "Thôn Bắc");

    Path root;
    Path input;
    GreenMail smtp;
    Map<String, String> properties;

    /** A fresh, empty database for this test. */
    abstract void freshDatabase() throws Exception;

    /** How the processes reach the database: URL, user, password. */
    abstract Map<String, String> databaseProperties();

    abstract JdbcClient jdbc();

    @BeforeEach
    void reports() throws Exception {
        root = Files.createTempDirectory("xanh-crash");
        freshDatabase();
        input = Files.createDirectories(root.resolve("input"));
        for (int i = 0; i < VILLAGES.size(); i++) {
            TestWorkbooks.village(input, "thon_" + i + ".xlsx", VILLAGES.get(i), OCTOBER,
                    values("HH_TOTAL", 100 + i, "HH_CLEAN_WATER", 90 + i));
        }
        TestWorkbooks.village(input, "sai.xlsx", "Thôn Trung", OCTOBER, values("HH_TOTAL", 10, "HH_CLEAN_WATER", 20));
        int port = vn.xanh.TestPorts.free();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        properties = new HashMap<>(Map.of("xanh.input-dir", input.toString(), "xanh.output-dir",
                root.resolve("output").toString(), "xanh.settle-time", "0s",
                "xanh.today", "2026-11-28", "spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(port),
                "xanh.test.pause-marker", root.resolve("paused").toString()));
        properties.putAll(databaseProperties());
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake.recorded", "digest.stored", "digest.sent"})
    void aRunKilledAtAnyPointIsFinishedByTheNextOne(String point) throws Exception {
        // given: a run killed with SIGKILL at the point
        ChildProcess.pausedAt(point, root, properties, "run").kill();

        // when: the next run
        ChildProcess next = ChildProcess.start(root, properties, "run");
        int exit = next.awaitExit();

        // then
        assertThat(exit).as(next.output()).isZero();
        assertEveryFileInExactlyOnePlace();
        assertThat(facts()).containsExactlyInAnyOrder("THON_DONG HH_TOTAL 100", "THON_DONG HH_CLEAN_WATER 90",
                "THON_DOAI HH_TOTAL 101", "THON_DOAI HH_CLEAN_WATER 91", "THON_NAM HH_TOTAL 102",
                "THON_NAM HH_CLEAN_WATER 92", "THON_BAC HH_TOTAL 103", "THON_BAC HH_CLEAN_WATER 93");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(5);
        // every fact and problem with the submission it came in (PostgreSQL keeps no foreign key on either)
        for (String table : List.of("fact", "submission_problem")) {
            assertThat(jdbc().sql("SELECT COUNT(*) FROM " + table + " f WHERE NOT EXISTS"
                    + " (SELECT 1 FROM submission s WHERE s.id = f.submission_id)").query(Integer.class).single())
                    .as(table).isZero();
        }
        // one message per recipient, once
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aSecondProcessStopsWithAMessageWhileTheFirstHoldsTheLock() throws Exception {
        // given: a run holding the lock, paused in the middle of its intake
        ChildProcess first = ChildProcess.pausedAt("intake.recorded", root, properties, "run");
        // whatever the first run recorded so far, the second must add nothing
        int recordedByTheFirst = jdbc().sql("SELECT COUNT(*) FROM submission").query(Integer.class).single();

        // when: a clerk starts another run on the same database
        Map<String, String> impatient = new HashMap<>(properties);
        impatient.put("xanh.lock.wait", "2s");
        ChildProcess second = ChildProcess.start(root, impatient, "run");
        int exit = second.awaitExit();

        // then: it stops, saying who holds the lock since when, and took no file
        assertThat(exit).isEqualTo(3);
        assertThat(second.output()).contains("Đang có một lần chạy khác của ").contains("Hãy chờ lần chạy đó xong");
        assertThat(recordedByTheFirst).isPositive();
        assertThat(jdbc().sql("SELECT COUNT(*) FROM submission").query(Integer.class).single())
                .isEqualTo(recordedByTheFirst);
        first.kill();
    }

    private void assertEveryFileInExactlyOnePlace() throws IOException {
        List<String> left = names(input);
        List<String> processed = names(input.resolve("processed"));
        // beside each rejected file: our report (.loi.txt) and the marked-up copy (.loi.xlsx)
        List<String> rejected = names(input.resolve("rejected")).stream().filter(n -> !n.contains(".loi.")).toList();
        assertThat(left).isEmpty();
        assertThat(processed).containsExactlyInAnyOrder("thon_0.xlsx", "thon_1.xlsx", "thon_2.xlsx", "thon_3.xlsx");
        assertThat(rejected).containsExactly("sai.xlsx");
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> facts() {
        return jdbc().sql("SELECT f.unit_code, f.metric, f.amount FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBigDecimal(3).stripTrailingZeros()
                        .toPlainString())
                .list();
    }
}
