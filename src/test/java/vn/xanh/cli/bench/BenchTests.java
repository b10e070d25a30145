package vn.xanh.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.bench.Bench;
import vn.xanh.bench.BenchDatabase;
import vn.xanh.bench.Measurement;

/**
 * The machinery of {@code xanh bench} at a tiny scale, on H2 and on a real PostgreSQL: every workload runs
 * through the real job and a real fresh process, and the CSV has the promised columns. No time is asserted.
 */
class BenchTests {

    @TempDir
    Path dir;

    @Test
    void runsEveryWorkloadOnEachDatabaseAndWritesTheCsv() throws Exception {
        // given
        List<String> said = new ArrayList<>();
        List<BenchDatabase> databases = new ArrayList<>();
        databases.add(BenchDatabase.h2(dir.resolve("h2")));
        BenchDatabase.postgres(Map.of(), said::add).ifPresent(databases::add);
        assertThat(databases).as(String.join("\n", said)).hasSize(2);

        // when
        List<Measurement> measurements;
        try {
            measurements = new Bench(new BenchPipeline(), Path.of("jobs"), said::add).run(dir.resolve("work"),
                    databases, new Bench.Scale(1, 1, 300, 3, 1, 0, 2));
        }
        finally {
            for (BenchDatabase database : databases) {
                database.close();
            }
        }
        Path csv = Measurement.writeCsv(dir.resolve("bench/now.csv"), measurements);

        // then
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("workload,database,files,rows,seconds,rows_per_s,ceiling_rows_per_s,ratio,"
                + "peak_heap_mb");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",", -1)[0] + "/"
                + line.split(",", -1)[1]).containsExactly("small-files/h2", "register/h2", "history/h2", "startup/h2",
                        "small-files/postgresql", "register/postgresql", "history/postgresql", "startup/postgresql");
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.split(",", -1).length == 9);
        // 12 units' reports for one month; the register's 300 households and its heading lines
        assertThat(measurements.get(0).files()).isEqualTo(12);
        assertThat(measurements.get(1).rows()).isGreaterThan(300);
        assertThat(measurements).filteredOn(m -> !m.workload().equals("startup") && !m.workload().equals("history"))
                .allMatch(m -> m.ratio() != null && m.ceilingRowsPerSecond() != null);
        assertThat(measurements).filteredOn(m -> m.workload().equals("history")).allMatch(m -> m.ratio() == null
                && m.rows() > 0);
        assertThat(Files.list(dir.resolve("work").getParent()).map(p -> p.getFileName().toString()))
                .doesNotContain("work");
    }
}
