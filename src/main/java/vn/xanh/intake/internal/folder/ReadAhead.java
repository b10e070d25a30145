package vn.xanh.intake.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.MDC;

/**
 * Reads the next files of the drop folder on every core, a reader a core, while the current ones are
 * recorded: the reading (fingerprint, guard, parse) touches no database and no folder, so only it runs
 * ahead; every lookup, record and move stays in order on the caller's thread. How far it reads ahead is bounded by
 * the files' bytes, so two large registers are never held in memory at once.
 */
public final class ReadAhead<T> implements AutoCloseable {

    /**
     * Several groups of the caller's ahead, so the reader always has work while a group is recorded. A
     * village report is a few kilobytes; a register is megabytes and is read alone.
     */
    private static final long AHEAD_BYTES = 4 * 1024 * 1024;
    private static final int AHEAD_FILES = 600;

    private final List<Path> files;
    private final Function<Path, T> read;
    private final ExecutorService executor;
    private final List<Future<T>> futures = new ArrayList<>();
    private final long[] sizes;
    private long bytesAhead;

    public ReadAhead(List<Path> files, Function<Path, T> read) {
        this.files = files;
        this.read = read;
        this.sizes = new long[files.size()];
        int readers = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        this.executor = files.size() < 2 || readers < 2 ? null : Executors.newFixedThreadPool(readers, task -> {
            Thread thread = new Thread(task, "xanh-intake-read-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The read of file {@code index}; files must be taken in order. Exceptions of the read are rethrown. */
    public T take(int index) {
        if (executor == null) {
            return read.apply(files.get(index));
        }
        readAheadOf(index);
        try {
            return futures.get(index).get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading " + files.get(index));
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        finally {
            bytesAhead -= sizes[index];
            futures.set(index, null); // the caller holds the result now; the list must not keep it alive
        }
    }

    /**
     * Starts reading the first files now, before the first is taken: the caller prepares its run (a few statements)
     * while the readers work.
     */
    public void start() {
        if (executor != null && !files.isEmpty()) {
            readAheadOf(0);
        }
    }

    /** Submits file {@code index} and the files after it, as far ahead as the bounds allow. */
    private void readAheadOf(int index) {
        while (futures.size() <= index
                || futures.size() < files.size() && futures.size() - index < AHEAD_FILES && bytesAhead < AHEAD_BYTES) {
            submit(futures.size());
        }
    }

    /** Whether file {@code index} has been read already, so that taking it would not wait. */
    public boolean isReady(int index) {
        return executor == null || index < futures.size() && futures.get(index) != null && futures.get(index).isDone();
    }

    private void submit(int index) {
        Path file = files.get(index);
        sizes[index] = size(file);
        bytesAhead += sizes[index];
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        futures.add(executor.submit(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                return read.apply(file);
            }
            finally {
                MDC.clear();
            }
        }));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            return 0; // gone or unreadable: the read itself says so
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
