package vn.xanh.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.ConfigurableApplicationContext;

import vn.xanh.demo.SubmissionGenerator;

/**
 * xanh takes the same files in {@link #PASSES} times on a database of its own before it is measured, the first
 * time through the whole nightly job, and then the small reports again, by the intake alone, until it has taken in
 * the scale's {@link Bench.Scale#warmUpFiles}. They are sent again as a clerk's re-saved files are (the same data in
 * other bytes), so that each pass records them as corrections, as a measured run records its files, rather than
 * setting them aside as duplicates. The ceiling is measured more than once and its fastest time kept: both sides
 * are measured with their code loaded and compiled, so neither is helped by the other's warming up.
 */
final class WarmUp {

    private static final int PASSES = 3;

    private final Bench.Pipeline pipeline;
    private final Consumer<String> progress;

    WarmUp(Bench.Pipeline pipeline, Consumer<String> progress) {
        this.pipeline = pipeline;
        this.progress = progress;
    }

    /** Warms xanh up on a fresh database, its folders in {@code work}; a workload not run has {@code null} files. */
    void run(BenchDatabase database, Path jobs, Path work, SubmissionGenerator.Written small,
            SubmissionGenerator.Written register, int files) throws Exception {
        progress.accept(database.name() + ": làm nóng xanh (nhận các tệp ít nhất " + PASSES + " lần, " + files
                + " tệp nhỏ, vào một CSDL riêng)...");
        Map<String, String> properties = Bench.with(Bench.base(work.resolve(database.name() + "-warmup"), jobs),
                database.fresh("warmup"));
        try (ConfigurableApplicationContext context = pipeline.start(properties)) {
            Path input = Path.of(properties.get("xanh.input-dir"));
            int pass = 0;
            for (; pass < PASSES; pass++) {
                for (SubmissionGenerator.Written written : java.util.Arrays.asList(small, register)) {
                    if (written != null) {
                        Sending.send(written, input, pass);
                        takeIn(context, input, pass == 0);
                    }
                }
            }
            for (int taken = small == null ? files : pass * small.files().size(); taken < files;
                    taken += small.files().size(), pass++) {
                Sending.send(small, input, pass);
                takeIn(context, input, false);
            }
        }
    }

    /** One warm-up pass; its processed and rejected files are removed, so that every pass finds what a measured run finds. */
    private void takeIn(ConfigurableApplicationContext context, Path input, boolean wholeJob) throws Exception {
        if (wholeJob) {
            pipeline.run(context, Bench.TODAY, false);
        }
        else {
            pipeline.intake(context);
        }
        Bench.deleteQuietly(input.resolve("processed"));
        Bench.deleteQuietly(input.resolve("rejected"));
    }
}
