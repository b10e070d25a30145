package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.xanh.TestWorkbooks;
import vn.xanh.cli.TestCommands;

/**
 * {@code xanh rerun --date D --as-known} reproduces D's own {@code indicators.csv} byte for byte after
 * late files and corrections arrived, while the default rerun counts everything on record now.
 * Subclasses choose the database.
 */
@Import(TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s"})
abstract class RerunAsKnownIntegrationTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static Path input;
    static Path output;

    @Autowired
    TestCommands commands;

    static void commonProperties(DynamicPropertyRegistry registry, String name) throws IOException {
        Path root = Files.createTempDirectory("xanh-as-known-" + name);
        input = Files.createDirectories(root.resolve("input"));
        output = root.resolve("output");
        registry.add("xanh.input-dir", input::toString);
        registry.add("xanh.output-dir", output::toString);
    }

    @Test
    void aRerunAsKnownReproducesTheDaysIndicatorsAfterLateFilesArrived() throws Exception {
        // given: the night of 5 November took in two villages' October reports
        TestWorkbooks.village(input, "dong_10.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 400, "HH_CLEAN_WATER", 300));
        TestWorkbooks.village(input, "doai_10.xlsx", "Thôn Đoài", OCTOBER, values("HH_TOTAL", 300, "HH_CLEAN_WATER", 240));
        assertThat(execute("run", "--date", "2026-11-05")).isZero();
        Path csv = output.resolve("2026-11-05/indicators.csv");
        byte[] thatDay = Files.readAllBytes(csv);

        // and late files came after: a third village, and a correction of the first
        TestWorkbooks.village(input, "nam_10.xlsx", "Thôn Nam", OCTOBER, values("HH_TOTAL", 200, "HH_CLEAN_WATER", 40));
        TestWorkbooks.village(input, "dong_10_sua.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 400, "HH_CLEAN_WATER", 390));
        assertThat(execute("run", "--date", "2026-11-06")).isZero();

        // when: the default rerun of 5 November, with everything on record now
        assertThat(execute("rerun", "--date", "2026-11-05")).isZero();

        // then: its numbers include the late files
        assertThat(Files.readAllBytes(csv)).isNotEqualTo(thatDay);
        assertThat(Files.readString(csv)).contains("MT02,Hộ dân sử dụng nước sạch,74.44,");

        // when: the rerun as known on the day
        assertThat(execute("rerun", "--date", "2026-11-05", "--as-known")).isZero();

        // then: byte for byte what the night of 5 November wrote (540 of 700 households)
        assertThat(Files.readAllBytes(csv)).isEqualTo(thatDay);
        assertThat(Files.readString(csv)).contains("MT02,Hộ dân sử dụng nước sạch,77.14,");
    }

    @Test
    void aDateWithoutANightlyRunCannotBeRerunAsKnown() {
        // when
        StringWriter err = new StringWriter();
        int exit = commands.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "rerun", "--date",
                "2026-01-15", "--as-known");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Không có lần chạy hằng đêm nào của ngày 15/01/2026 đã hoàn thành");
    }

    private int execute(String... args) {
        StringWriter out = new StringWriter();
        int exit = commands.execute(new PrintWriter(out, true), new PrintWriter(out, true), args);
        assertThat(exit).as(out.toString()).isIn(0, 2, 3, 4);
        return exit;
    }
}
