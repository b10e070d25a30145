package vn.xanh.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import vn.xanh.demo.SubmissionGenerator;

/**
 * One measured round of a workload's intake, in a context on a fresh database: the ceiling, then xanh on the same
 * files, then the ceiling again.
 */
final class IntakeRound {

    /** The process's CPU time: xanh reads ahead on a second thread, and the JIT and GC work for both sides. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Bench.Pipeline pipeline;
    private final Consumer<String> progress;

    IntakeRound(Bench.Pipeline pipeline, Consumer<String> progress) {
        this.pipeline = pipeline;
        this.progress = progress;
    }

    /** Measures the intake of {@code written}, sent to {@code input}; the ceiling keeps the faster of its two times. */
    Measurement measure(String workload, BenchDatabase database, ConfigurableApplicationContext context,
            SubmissionGenerator.Written written, Path input) throws Exception {
        Jvm.settleCompiler();
        progress.accept(database.name() + " / " + workload + ": trần (đọc nhanh nhất, ghi hàng loạt)...");
        DataSource dataSource = context.getBean(DataSource.class);
        long started = System.nanoTime();
        long cpu = CPU.getProcessCpuTime();
        long rows = Ceiling.read(written.files());
        Ceiling.write(dataSource, written.facts());
        double ceilingSeconds = seconds(started);
        double ceilingCpu = (CPU.getProcessCpuTime() - cpu) / 1e9;
        progress.accept(database.name() + " / " + workload + ": xanh nhận " + written.files().size() + " tệp...");
        Sending.send(written, input, 0);
        Jvm.settleCompiler();
        Jvm.resetPeakHeap();
        cpu = CPU.getProcessCpuTime();
        Map<String, Double> steps = pipeline.run(context, Bench.TODAY, false);
        // On a machine shared with other work the wall times swing; the CPU time swings less.
        progress.accept(String.format(java.util.Locale.ROOT, "%s / %s: CPU của tiến trình: trần %.2f giây, xanh %.2f giây"
                + " (cả việc chạy sau bước nhận)", database.name(), workload, ceilingCpu,
                (CPU.getProcessCpuTime() - cpu) / 1e9));
        // The ceiling ran first, on a colder JVM than xanh's run after it: measured again, the faster time counts,
        // so neither side is helped by the other's warming up.
        Jvm.settleCompiler();
        started = System.nanoTime();
        Ceiling.read(written.files());
        Ceiling.write(dataSource, written.facts());
        ceilingSeconds = Math.min(ceilingSeconds, seconds(started));
        return new Measurement(workload, database.name(), written.files().size(), rows, steps.getOrDefault("intake", 0.0),
                rows / ceilingSeconds, Jvm.peakHeapMb());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
