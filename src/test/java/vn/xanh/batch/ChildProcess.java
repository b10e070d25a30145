package vn.xanh.batch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code xanh} started in a JVM of its own on a test's folders and database, to be killed or run to the end. */
public final class ChildProcess {

    private final Process process;
    private final Path output;

    private ChildProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static ChildProcess start(Path root, Map<String, String> properties, String... args) throws IOException {
        return start(root, List.of(), properties, args);
    }

    public static ChildProcess start(Path root, List<String> jvmOptions, Map<String, String> properties, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.xanh.XanhApplication");
        command.addAll(List.of(args));
        Path output = Files.createTempFile(root, "child", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("XANH_LOG_DIR", root.resolve("logs").toString());
        return new ChildProcess(builder.start(), output);
    }

    /**
     * Starts xanh with the arguments and waits until it holds still at the pause point
     * ({@code xanh.test.pause-at}), its marker written under {@code root/paused}.
     */
    public static ChildProcess pausedAt(String point, Path root, Map<String, String> properties, String... args)
            throws Exception {
        Map<String, String> pausing = new HashMap<>(properties);
        pausing.put("xanh.test.pause-at", point);
        ChildProcess child = start(root, pausing, args);
        child.awaitPause(root.resolve("paused"));
        return child;
    }

    /** Waits until the process writes its pause marker, the sign it reached the chosen point. */
    public void awaitPause(Path marker) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(marker)) {
            if (!process.isAlive()) {
                throw new AssertionError("xanh ended before its pause point:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("xanh did not reach its pause point:\n" + output());
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL: no shutdown hook, no finally block runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int awaitExit() throws Exception {
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("xanh did not finish:\n" + output());
        }
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
