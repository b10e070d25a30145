package vn.xanh.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestFolders;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;
import vn.xanh.batch.RunOutcome;
import vn.xanh.demo.DemoSubmissions;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;

/**
 * The demonstration's November 2026 alone, as a commune that starts using xanh that month sends it (the
 * faulty files and corrections included): what its first digest, on 6 December, says.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-12-06", "xanh.settle-time=0s"})
class DemoFirstMonthIntegrationTests {

    static final LocalDate DECEMBER_6 = LocalDate.of(2026, 12, 6);
    static final Pattern OTHER_MONTH = Pattern.compile(".*_(?!2026-11)\\d{4}-\\d{2}\\.xlsx");
    static Path root;

    @Autowired
    DemoSubmissions demo;

    @Autowired
    NightlyRunner runner;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        root = TestFolders.inputAndOutput(registry, "xanh-demo-first-month");
        String url = "jdbc:h2:file:" + root.resolve("data/xanh");
        registry.add("spring.datasource.url", () -> url);
    }

    @Test
    void theFirstDigestAfterAFirstMonthNamesNothingThatNeedsAttention() throws Exception {
        // given: the demonstration's year, of which only November's number reports are kept
        for (Path file : demo.write(root.resolve("input"), DECEMBER_6)) {
            if (OTHER_MONTH.matcher(file.getFileName().toString()).matches()) {
                Files.delete(file);
            }
        }

        // when
        RunOutcome first = runner.run(DECEMBER_6, RunMode.NIGHTLY);

        // then
        assertThat(first.accepted()).isPositive();
        Map<Status, Long> byStatus = indicators.stored(DECEMBER_6).stream()
                .collect(Collectors.groupingBy(IndicatorResult::status, Collectors.counting()));
        assertThat(byStatus.keySet()).isSubsetOf(Status.DAT, Status.CHUA_DANH_GIA, Status.KHONG_DU_LIEU);
        assertThat(byStatus.get(Status.CHUA_DANH_GIA)).isPositive();
        assertThat(first.attention()).isZero();
        assertThat(first.changed()).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT subject FROM digest_outbox WHERE as_of = :asOf").param("asOf", DECEMBER_6)
                .query(String.class).single())
                .isEqualTo("[Chuyển đổi xanh xã Tân Kỳ] Bản tin ngày 06/12/2026 – 0 chỉ tiêu cần chú ý");
    }
}
