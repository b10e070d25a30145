package vn.xanh.cli.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import vn.xanh.XanhApplication;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;
import vn.xanh.batch.RunOutcome;
import vn.xanh.bench.Bench;
import vn.xanh.intake.IntakeService;
import vn.xanh.system.RunLock;

/**
 * The bench's way into the pipeline: a whole application context per database, the nightly job run
 * through {@link NightlyRunner} exactly as {@code xanh run} does, and {@code xanh status} in a fresh
 * process, started the way a user starts it ({@code ./xanh} when there is one).
 */
final class BenchPipeline implements Bench.Pipeline {

    @Override
    public ConfigurableApplicationContext start(Map<String, String> properties) {
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--xanh.cli.enabled=false");
        // The contexts write to this process's log; they must not reconfigure it.
        String previous = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            SpringApplication application = new SpringApplication(XanhApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setBannerMode(Banner.Mode.OFF);
            application.setLogStartupInfo(false);
            return application.run(args.toArray(String[]::new));
        }
        finally {
            if (previous == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            }
            else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, previous);
            }
        }
    }

    @Override
    public void intake(ConfigurableApplicationContext context) throws Exception {
        IntakeService intake = context.getBean(IntakeService.class);
        context.getBean(RunLock.class).callExclusively(() -> intake.ingest(intake.pendingFiles()));
    }

    @Override
    public Map<String, Double> run(ConfigurableApplicationContext context, LocalDate date, boolean rerun)
            throws Exception {
        RunOutcome outcome = context.getBean(NightlyRunner.class).run(date, rerun ? RunMode.RERUN : RunMode.NIGHTLY);
        if (!outcome.completed()) {
            throw new IllegalStateException("The bench's run of " + date + " ended " + outcome.status() + ": "
                    + outcome.failures());
        }
        JobExecution execution = context.getBean(JobRepository.class).getJobExecution(outcome.executionId());
        Map<String, Double> steps = new LinkedHashMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                steps.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9);
            }
        }
        return steps;
    }

    @Override
    public double startup(Map<String, String> properties) throws Exception {
        List<String> options = new ArrayList<>();
        properties.forEach((key, value) -> options.add("-D" + key + "=" + value));
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command);
        String classPath = System.getProperty("java.class.path");
        // Started by the launcher, measure the launcher (with its class-data-sharing archive), as a user starts it.
        if (classPath.endsWith("xanh.jar") && Files.isExecutable(Path.of("xanh"))) {
            command.addAll(List.of("./xanh", "status"));
            builder.environment().put("XANH_JAVA_OPTS", String.join(" ", options));
        }
        else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(options);
            if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
                command.addAll(List.of("-jar", classPath));
            }
            else {
                command.addAll(List.of("-cp", classPath, XanhApplication.class.getName()));
            }
            command.add("status");
        }
        File log = File.createTempFile("xanh-bench-startup", ".txt");
        try {
            builder.redirectErrorStream(true).redirectOutput(log);
            long started = System.nanoTime();
            int exit = builder.start().waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("xanh status exited with " + exit + ": " + Files.readString(log.toPath()));
            }
            return seconds;
        }
        finally {
            Files.deleteIfExists(log.toPath());
        }
    }
}
