package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

import com.icegreen.greenmail.util.GreenMail;

import vn.xanh.TestWorkbooks;
import vn.xanh.cli.TestCommands;
import vn.xanh.system.PausePoints;
import vn.xanh.system.RunLock;
import vn.xanh.system.TestLocks;

/**
 * The database goes away in the middle of a step (its connections cut, as a server restart or a
 * failover does) and comes back: the run that was hit stops with exit status 3, and the next
 * {@code xanh run} gets past whatever state Spring Batch was left in (UNKNOWN included), finishes the
 * work, and leaves every file in one place, the facts of an undisturbed run, and one digest per
 * recipient. Subclasses choose the database and how its connections are cut.
 */
@Import(TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s"})
abstract class DatabaseFaultIntegrationTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final List<String> VILLAGES = List.of("Thôn Đông", "Thôn Đoài", "Thôn Nam", "Thôn Bắc");
    static final List<String> TABLES = List.of("digest_outbox", "fact", "submission_problem", "submission",
            "indicator_result", "indicator_breakdown", "completeness", "periodic_report", "run_lock", "BATCH_STEP_EXECUTION_CONTEXT",
            "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS",
            "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE");

    static Path root;
    static Path input;
    static GreenMail smtp;

    @Autowired
    TestCommands commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /** Cuts every connection the application holds, as a restart of the database server does. */
    abstract void cutConnections() throws Exception;

    static void commonProperties(DynamicPropertyRegistry registry, String name) throws IOException {
        root = Files.createTempDirectory("xanh-fault-" + name);
        input = root.resolve("input");
        smtp = TestSmtp.start(registry);
        registry.add("xanh.input-dir", input::toString);
        registry.add("xanh.output-dir", () -> root.resolve("output").toString());
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void freshCommune() throws Exception {
        TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
        FileSystemUtils.deleteRecursively(input);
        FileSystemUtils.deleteRecursively(root.resolve("output"));
        Files.createDirectories(input);
        for (int i = 0; i < VILLAGES.size(); i++) {
            TestWorkbooks.village(input, "thon_" + i + ".xlsx", VILLAGES.get(i), OCTOBER,
                    values("HH_TOTAL", 100 + i, "HH_CLEAN_WATER", 90 + i));
        }
        TestWorkbooks.village(input, "sai.xlsx", "Thôn Trung", OCTOBER, values("HH_TOTAL", 10, "HH_CLEAN_WATER", 20));
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void forgetFaults() {
        PausePoints.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake.recorded", "indicators.stored", "report.writing", "digest.stored", "digest.sent"})
    void theRunAfterTheDatabaseWentAwayFinishesTheWork(String point) throws Exception {
        // given: a run whose database connections are cut at the point
        PausePoints.once(point, () -> {
            try {
                cutConnections();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        StringWriter hit = new StringWriter();
        int hitExit = commands.execute(new PrintWriter(hit, true), new PrintWriter(hit, true), "run");

        // when: the clerk runs it again
        StringWriter next = new StringWriter();
        int nextExit = commands.execute(new PrintWriter(next, true), new PrintWriter(next, true), "run");

        // then: the hit run stopped as restartable, the next one finished everything once
        assertThat(hitExit).as(hit.toString()).isEqualTo(3);
        assertThat(hit.toString()).contains("Chạy lại đúng lệnh này");
        assertThat(nextExit).as(next.toString()).isZero();
        assertEveryFileInExactlyOnePlace();
        assertThat(facts()).containsExactlyInAnyOrder("THON_DONG HH_TOTAL 100", "THON_DONG HH_CLEAN_WATER 90",
                "THON_DOAI HH_TOTAL 101", "THON_DOAI HH_CLEAN_WATER 91", "THON_NAM HH_TOTAL 102",
                "THON_NAM HH_CLEAN_WATER 92", "THON_BAC HH_TOTAL 103", "THON_BAC HH_CLEAN_WATER 93");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(5);
        // and each record knows where its file is
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE stored_as IS NULL").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_result WHERE as_of = :day").param("day",
                java.time.LocalDate.of(2026, 11, 28)).query(Integer.class).single()).isEqualTo(20);
        // one message per recipient, once
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        // and xanh status says what was recovered
        StringWriter status = new StringWriter();
        commands.execute(new PrintWriter(status, true), new PrintWriter(status, true), "status");
        assertThat(status.toString()).contains("28/11/2026 lần 1 (hằng đêm): hoàn thành")
                .containsPattern("Đã khôi phục lần chạy ngày 28/11/2026 \\(lần 1\\) bị gián đoạn \\((UNKNOWN|STARTED|FAILED)");
    }

    @Test
    void aRunWhoseLockAnotherMachineTookStopsWithoutWritingMore() throws Exception {
        // given: after the first group's commit, this run stalls past its lease and a second machine takes the lock
        RunLock otherMachine = TestLocks.machine(dataSource, "may-hai", 2002, Duration.ofSeconds(5));
        PausePoints.once("intake.recorded", () -> {
            // on a thread of its own, as another machine is: not in the transaction this run's thread has open
            Thread other = new Thread(() -> {
                try {
                    TestLocks.stallHolder(dataSource);
                    TestLocks.acquire(otherMachine);
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            try {
                other.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        // when: the run carries on
        StringWriter loser = new StringWriter();
        int loserExit = commands.execute(new PrintWriter(loser, true), new PrintWriter(loser, true), "run");

        // then: it stops at its next commit, saying so; nothing after the group's records was written (the files of
        // the committed group were moved, but where they went was not recorded)
        assertThat(loserExit).as(loser.toString()).isEqualTo(3);
        assertThat(loser.toString()).contains("Lần chạy này đã mất khóa chạy").contains("may-hai (tiến trình 2002)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE stored_as IS NULL").query(Integer.class).single())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_result").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM digest_outbox").query(Integer.class).single()).isZero();

        // when: the other machine is done, the next run takes in the rest
        TestLocks.release(otherMachine);
        StringWriter next = new StringWriter();
        int nextExit = commands.execute(new PrintWriter(next, true), new PrintWriter(next, true), "run");

        // then
        assertThat(nextExit).as(next.toString()).isZero();
        assertEveryFileInExactlyOnePlace();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE stored_as IS NULL").query(Integer.class).single())
                .isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    private void assertEveryFileInExactlyOnePlace() throws IOException {
        assertThat(names(input)).isEmpty();
        assertThat(names(input.resolve("processed"))).containsExactlyInAnyOrder("thon_0.xlsx", "thon_1.xlsx",
                "thon_2.xlsx", "thon_3.xlsx");
        assertThat(names(input.resolve("rejected")).stream().filter(n -> !n.contains(".loi.")))
                .containsExactly("sai.xlsx");
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> facts() {
        return jdbc.sql("SELECT f.unit_code, f.metric, f.amount FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBigDecimal(3).stripTrailingZeros()
                        .toPlainString())
                .list();
    }
}
