package vn.xanh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import vn.xanh.demo.SubmissionGenerator;

/**
 * The workloads of {@code xanh bench}, run side by side on the same generated files, on each database:
 * small files (a month's reports of every unit of a city), one large register, ten years of history
 * through the indicators, report and digest steps, and the start-up of a fresh process.
 */
public final class Bench {

    /** The date the bench's runs are for; the generated months end with the month before it. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final long SEED = 20_301_128L;

    /** How the bench reaches the pipeline: the command line starts contexts and jobs, the bench never does. */
    public interface Pipeline {

        /** A context of the whole application with these properties, its commands switched off. */
        ConfigurableApplicationContext start(Map<String, String> properties);

        /** Takes in the drop folder's files as {@code xanh intake} does: the intake alone, no indicators after it. */
        void intake(ConfigurableApplicationContext context) throws Exception;

        /** Runs the nightly job for the date (a rerun: no intake); returns each step's seconds by step name. */
        Map<String, Double> run(ConfigurableApplicationContext context, LocalDate date, boolean rerun) throws Exception;

        /** The wall seconds of {@code xanh status} in a fresh process given these properties. */
        double startup(Map<String, String> properties) throws Exception;
    }

    /**
     * xanh's intake is measured this many times, each on a fresh database, and its fastest time kept, as the
     * ceiling's is: on two cores the JIT still compiles xanh's larger body of code (Spring, JDBC, H2, POI, its own
     * parser) in the first runs on a fresh database after the warm-up (paths the warm-up's corrections did not
     * take, and code the rest of the nightly job deoptimised), and the compiler competes for the cores. With the
     * launcher's settings for the bench, JFR's compilation events found it quiet from the fourth run on.
     */
    private static final int MEASURED_ROUNDS = 6;

    /**
     * The sizes of the workloads, how many small reports xanh takes in before it is measured, and how many times it
     * is measured ({@link #MEASURED_ROUNDS} but in tests). xanh's code for
     * a file runs once a file, and HotSpot compiles a method fully (C2) only after some thousands of calls: until
     * then it runs C1's profiling code, two to three times slower, and the compiler competes with the work for the
     * cores. The ceiling's code runs once a row or a cell, and is compiled fully within its first pass. By the JIT's
     * events, the guard's and the file read's methods reached C2 between the sixth and the seventh thousand files.
     */
    public record Scale(int communes, int months, int registerRows, int historyMonths, int startupRuns,
            int warmUpFiles, int measuredRounds) {

        /**
         * Every workload at a small scale, in a few minutes: 560 small reports, so that a run's own fixed costs (the
         * step's records, the run's checks, some 15 ms on H2) do not outweigh its files (92 reports took the ceiling
         * 20 ms and xanh 50 ms; 230 took 35 ms and 85 ms).
         */
        public static Scale quick() {
            return new Scale(5, 10, 20_000, 120, 1, 8_000, MEASURED_ROUNDS);
        }

        /** The scale: 1,000 small reports, a 200,000-row register, ten years of a city's history. */
        public static Scale full() {
            return new Scale(9, 10, 200_000, 120, 3, 8_000, MEASURED_ROUNDS);
        }
    }

    private final Pipeline pipeline;
    private final Path communeJobs;
    private final Consumer<String> progress;
    private final WarmUp warmUp;
    private final IntakeRound intakeRound;

    public Bench(Pipeline pipeline, Path communeJobs, Consumer<String> progress) {
        this.pipeline = pipeline;
        this.communeJobs = communeJobs;
        this.progress = progress;
        this.warmUp = new WarmUp(pipeline, progress);
        this.intakeRound = new IntakeRound(pipeline, progress);
    }

    /** The workloads, by the names of the CSV's first column. */
    public static final List<String> WORKLOADS = List.of("small-files", "register", "history", "startup");

    /** Runs every workload on every database, in {@code work} (left empty afterwards). */
    public List<Measurement> run(Path work, List<BenchDatabase> databases, Scale scale) throws Exception {
        return run(work, databases, scale, java.util.Set.copyOf(WORKLOADS));
    }

    /** Runs the named workloads on every database, in {@code work} (left empty afterwards). */
    public List<Measurement> run(Path work, List<BenchDatabase> databases, Scale scale, java.util.Set<String> only)
            throws Exception {
        SubmissionGenerator generator = SubmissionGenerator.forCity(communeJobs, work.resolve("jobs"), scale.communes());
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        progress.accept("Đang tạo tệp thử: " + generator.catalog().units().units().size() + " đơn vị, " + scale.months()
                + " tháng, sổ hộ " + scale.registerRows() + " dòng...");
        // Only what the named workloads use is written: a 200,000-row register takes a while.
        SubmissionGenerator.Written small = only.contains("small-files")
                ? generator.monthlyReports(work.resolve("files/small"), last, scale.months(), SEED) : null;
        SubmissionGenerator.Written register = only.contains("register")
                ? generator.register(work.resolve("files/register"), last, scale.registerRows(), SEED) : null;
        SubmissionGenerator.Written history = only.contains("history")
                ? generator.monthlyReports(null, last, scale.historyMonths(), SEED) : null;
        List<Measurement> measurements = new ArrayList<>();
        for (BenchDatabase database : databases) {
            Map<String, String> base = base(work.resolve(database.name()), generator.jobs());
            if (only.contains("small-files") || only.contains("register")) {
                warmUp.run(database, generator.jobs(), work, small, register, scale.warmUpFiles());
                List<Measurement> rounds = new ArrayList<>();
                for (int round = 1; round <= scale.measuredRounds(); round++) {
                    Map<String, String> intake = with(base(work.resolve(database.name() + "-" + round),
                            generator.jobs()), database.fresh("intake" + round));
                    try (ConfigurableApplicationContext context = pipeline.start(intake)) {
                        Path input = Path.of(intake.get("xanh.input-dir"));
                        if (only.contains("small-files")) {
                            rounds.add(intakeRound.measure("small-files", database, context, small, input));
                        }
                        if (only.contains("register")) {
                            rounds.add(intakeRound.measure("register", database, context, register, input));
                        }
                    }
                }
                measurements.addAll(Measurement.fastest(rounds));
            }
            if (only.contains("history")) {
                try (ConfigurableApplicationContext context = pipeline.start(with(base, database.fresh("history")))) {
                    measurements.add(history(database, context, history, scale.historyMonths()));
                }
            }
            if (only.contains("startup")) {
                measurements.add(startup(database, with(base, database.fresh("startup")), scale.startupRuns()));
            }
        }
        deleteQuietly(work);
        return measurements;
    }

    private Measurement history(BenchDatabase database, ConfigurableApplicationContext context,
            SubmissionGenerator.Written history, int months) throws Exception {
        progress.accept(database.name() + " / history: nạp " + history.facts().size() + " số liệu của " + months
                + " tháng...");
        HistoryLoader.load(context.getBean(DataSource.class), history.reports());
        // Half the history first: the two times together show how the cost grows with the months.
        LocalDate halfway = TODAY.minusMonths(months / 2);
        double half = stepsAfterIntake(pipeline.run(context, halfway, true));
        Jvm.resetPeakHeap();
        double whole = stepsAfterIntake(pipeline.run(context, TODAY, true));
        progress.accept(database.name() + " / history: " + months / 2 + " tháng " + String.format("%.2f", half)
                + " giây, " + months + " tháng " + String.format("%.2f", whole) + " giây");
        return new Measurement("history", database.name(), 0, history.facts().size(), whole, null, Jvm.peakHeapMb());
    }

    private Measurement startup(BenchDatabase database, Map<String, String> properties, int runs) throws Exception {
        progress.accept(database.name() + " / startup: xanh status trong một tiến trình mới...");
        pipeline.startup(properties); // the first creates the database's tables, which a fresh clone does once
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(pipeline.startup(properties));
        }
        times.sort(Double::compare);
        return new Measurement("startup", database.name(), 0, 0, times.get(times.size() / 2), null, null);
    }

    private static double stepsAfterIntake(Map<String, Double> steps) {
        return steps.entrySet().stream().filter(e -> !e.getKey().equals("intake")).mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** The properties of a run whose folders are in {@code dir}, on the generated {@code jobs}, for {@link #TODAY}. */
    static Map<String, String> base(Path dir, Path jobs) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("xanh.jobs-dir", jobs.toAbsolutePath().toString());
        properties.put("xanh.input-dir", dir.resolve("input").toAbsolutePath().toString());
        properties.put("xanh.output-dir", dir.resolve("output").toAbsolutePath().toString());
        properties.put("xanh.log-dir", dir.resolve("logs").toAbsolutePath().toString());
        properties.put("xanh.settle-time", "0s");
        properties.put("xanh.today", TODAY.toString());
        return properties;
    }

    /** {@code base} with {@code more} over it. */
    static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(base);
        all.putAll(more);
        return all;
    }

    /** Removes {@code dir} and everything in it: the bench leaves nothing of its work behind. */
    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
