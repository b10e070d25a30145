package vn.xanh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One workload on one database: what was done, how long it took, how that compares with the ceiling
 * (the same work done by the fastest means available), and the most heap it needed.
 */
public record Measurement(String workload, String database, int files, long rows, double seconds,
        Double ceilingRowsPerSecond, Double peakHeapMb) {

    /** The columns of {@code output/bench/<timestamp>.csv}, in order. */
    public static final String HEADER = "workload,database,files,rows,seconds,rows_per_s,ceiling_rows_per_s,ratio,"
            + "peak_heap_mb";

    public Double rowsPerSecond() {
        return rows == 0 || seconds <= 0 ? null : rows / seconds;
    }

    /** The pipeline's speed over the ceiling's; empty where no ceiling applies. */
    public Double ratio() {
        Double speed = rowsPerSecond();
        return speed == null || ceilingRowsPerSecond == null ? null : speed / ceilingRowsPerSecond;
    }

    /**
     * One measurement per workload and database from several rounds of the same work: each side's fastest (xanh's
     * least seconds, the ceiling's most rows per second), and the most heap any round needed.
     */
    static List<Measurement> fastest(List<Measurement> rounds) {
        java.util.Map<String, Measurement> best = new java.util.LinkedHashMap<>();
        for (Measurement m : rounds) {
            best.merge(m.workload() + "\n" + m.database(), m, (a, b) -> new Measurement(a.workload(), a.database(),
                    a.files(), a.rows(), Math.min(a.seconds(), b.seconds()), max(a.ceilingRowsPerSecond(),
                    b.ceilingRowsPerSecond()), max(a.peakHeapMb(), b.peakHeapMb())));
        }
        return List.copyOf(best.values());
    }

    private static Double max(Double a, Double b) {
        return a == null ? b : b == null ? a : Double.valueOf(Math.max(a, b));
    }

    String csv() {
        return String.join(",", workload, database, Integer.toString(files), Long.toString(rows),
                format(seconds, 3), format(rowsPerSecond(), 0), format(ceilingRowsPerSecond, 0), format(ratio(), 2),
                format(peakHeapMb, 0));
    }

    public static Path writeCsv(Path file, List<Measurement> measurements) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        measurements.forEach(m -> lines.add(m.csv()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The table printed at the end of {@code xanh bench}, with the Vietnamese headings of docs/performance.md. */
    public static List<String> table(List<Measurement> measurements) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-12s %-10s %6s %9s %9s %10s %10s %6s %8s", "việc", "CSDL", "tệp", "dòng",
                "giây", "dòng/giây", "trần", "tỉ lệ", "heap MB"));
        for (Measurement m : measurements) {
            lines.add(String.format(Locale.ROOT, "%-12s %-10s %6d %9d %9s %10s %10s %6s %8s", m.workload(),
                    m.database(), m.files(), m.rows(), format(m.seconds(), 2), format(m.rowsPerSecond(), 0),
                    format(m.ceilingRowsPerSecond(), 0), format(m.ratio(), 2), format(m.peakHeapMb(), 0)));
        }
        return lines;
    }

    private static String format(Double value, int decimals) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
