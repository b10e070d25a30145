package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestFolders;
import vn.xanh.cli.TestCommands;
import vn.xanh.system.PausePoints;

/** {@code xanh serve} gets past a failed night by itself: it tries the same run again where it stopped. */
@Import(TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.settle-time=0s", "xanh.serve.retry-delay=1s",
        "spring.datasource.url=jdbc:h2:mem:serve-retry;DB_CLOSE_DELAY=-1"})
class ServeRetryIntegrationTests {

    @Autowired
    TestCommands commands;

    @Autowired
    RunHistory history;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path root = TestFolders.inputAndOutput(registry, "xanh-serve-retry");
    }

    @AfterEach
    void forgetFaults() {
        PausePoints.clear();
    }

    @Test
    void aNightThatFailedIsTriedAgainWhereItStopped() throws Exception {
        // given: the run made up at start-up fails in its report step
        PausePoints.once("report.writing", () -> {
            throw new IllegalStateException("simulated fault while writing the reports");
        });
        StringWriter out = new StringWriter();
        Thread serve = new Thread(() -> commands.execute(new PrintWriter(out, true), new PrintWriter(out, true),
                "serve"));

        // when
        serve.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<RunHistory.Entry> runs = List.of();
        while (runs.stream().noneMatch(e -> e.status() == BatchStatus.COMPLETED) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            runs = history.latest(10);
        }
        serve.interrupt();
        serve.join(30_000);

        // then: the same run, failed once, then completed by the retry
        assertThat(runs).extracting(RunHistory.Entry::status).containsExactly(BatchStatus.COMPLETED,
                BatchStatus.FAILED);
        assertThat(runs).extracting(RunHistory.Entry::run).containsOnly(1L);
    }
}
