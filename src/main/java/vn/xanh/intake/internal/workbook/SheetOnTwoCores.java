package vn.xanh.intake.internal.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A large sheet (a household register) read on two cores: fastexcel-reader parses the XML on a thread of
 * its own while the caller's turns the rows it gave into cells, a thousand rows at a time through a short
 * queue, so no more than a few thousand parsed rows wait at once. Turning rows into cells took as long as
 * parsing them.
 */
final class SheetOnTwoCores {

    private SheetOnTwoCores() {
    }

    /** Rows handed from the parsing thread to the converting one at a time. */
    private static final int BATCH_ROWS = 1024;
    private static final Object END = new Object();

    /** The sheet's rows as cells; what the parsing thread met (a broken part, a refusal) is thrown here. */
    static SheetData read(Sheet sheet) throws IOException {
        FastRows rows = FastRows.compact(sheet.getName());
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        AtomicBoolean stop = new AtomicBoolean();
        Thread parser = new Thread(() -> parse(sheet, queue, stop), "xanh-sheet-parse");
        parser.setDaemon(true);
        parser.start();
        try {
            for (Object batch = queue.take(); batch != END; batch = queue.take()) {
                if (batch instanceof Throwable failure) {
                    throw rethrown(failure);
                }
                for (Object row : (List<?>) batch) {
                    rows.add((Row) row);
                }
            }
            return rows.sheet();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted while reading sheet " + sheet.getName());
        }
        finally {
            // A sheet found too large stops the parser too, before the workbook under it is closed.
            stop.set(true);
            queue.clear();
            try {
                parser.join(10_000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The parsing thread: rows in batches, then {@link #END} or what went wrong. */
    private static void parse(Sheet sheet, BlockingQueue<Object> queue, AtomicBoolean stop) {
        Object last = END;
        List<Row> batch = new ArrayList<>(BATCH_ROWS);
        try (Stream<Row> stream = sheet.openStream()) {
            for (Iterator<Row> it = stream.iterator(); it.hasNext() && !stop.get();) {
                batch.add(it.next());
                if (batch.size() == BATCH_ROWS) {
                    if (!put(queue, batch, stop)) {
                        return;
                    }
                    batch = new ArrayList<>(BATCH_ROWS);
                }
            }
        }
        catch (Throwable failure) {
            last = failure;
        }
        // The rows parsed before a failure are converted too, so a reason found in them (a cell too long) is the one
        // given, as when the sheet is read on one core.
        if (!batch.isEmpty() && !put(queue, batch, stop)) {
            return;
        }
        put(queue, last, stop);
    }

    private static boolean put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }

}
