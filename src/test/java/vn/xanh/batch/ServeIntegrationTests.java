package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.catalog.Catalog;
import vn.xanh.cli.TestCommands;

/**
 * {@code xanh serve} with a schedule a few seconds ahead: it makes up the missed run, then runs on time.
 * Subclasses choose the database.
 */
@Import(TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.settle-time=0s"})
abstract class ServeIntegrationTests {

    static final int SECOND = (LocalTime.now().getSecond() + 8) % 60;
    static Path root;

    @Autowired
    TestCommands commands;

    @Autowired
    RunHistory history;

    @Autowired
    Catalog catalog;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        root = Files.createTempDirectory("xanh-serve");
        Path jobs = Files.createDirectories(root.resolve("jobs"));
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                Files.copy(file, jobs.resolve(file.getFileName()));
            }
        }
        // every minute at a second a few seconds from now
        Path schedule = jobs.resolve("schedule.yml");
        Files.writeString(schedule, Files.readString(schedule, StandardCharsets.UTF_8)
                .replace("cron: \"0 0 2 * * *\"", "cron: \"" + SECOND + " * * * * *\""), StandardCharsets.UTF_8);
        registry.add("xanh.jobs-dir", jobs::toString);
        registry.add("xanh.input-dir", () -> root.resolve("input").toString());
        registry.add("xanh.output-dir", () -> root.resolve("output").toString());
    }

    @Test
    void makesUpTheMissedRunThenRunsOnSchedule() throws Exception {
        // given
        StringWriter out = new StringWriter();
        Thread serve = new Thread(() -> commands.execute(new PrintWriter(out, true), new PrintWriter(out, true),
                "serve"));

        // when
        Instant serveStarted = Instant.now();
        serve.start();
        long deadline = System.nanoTime() + 90_000_000_000L;
        List<RunHistory.Entry> completed = List.of();
        while (completed.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            completed = history.latest(10).stream().filter(e -> e.status() == BatchStatus.COMPLETED).toList();
        }
        serve.interrupt();
        serve.join(30_000);

        // then: the run missed a minute ago, made up at start-up before the first time on the schedule,
        // and the one due on the schedule
        LocalDateTime firstOnSchedule = CronExpression.parse(SECOND + " * * * * *")
                .next(serveStarted.atZone(catalog.schedule().timeZone())).withZoneSameInstant(ZoneId.systemDefault())
                .toLocalDateTime();
        assertThat(completed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(completed).allMatch(e -> e.mode() == RunMode.NIGHTLY);
        assertThat(completed).as("made up at start-up").anyMatch(e -> e.started().isBefore(firstOnSchedule));
        assertThat(completed).as("run on the schedule").anyMatch(e -> !e.started().isBefore(firstOnSchedule));
        assertThat(out.toString()).contains("xanh đang chạy thường trực, lịch: " + SECOND + " * * * * *");
        assertThat(serve.isAlive()).isFalse();
    }
}
