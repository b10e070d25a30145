package vn.xanh.system;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read that lost its connection (the database restarted, a failover, a blip) is tried again: it
 * changes nothing, so running it twice is safe, and the pool hands out a fresh connection. Writes are
 * never retried this way: a commit whose answer was lost may have happened, and the code that owns it
 * decides (a file's record is found again by its fingerprint, an outbox message is marked uncertain).
 * Inside a transaction nothing is retried either: its connection is gone with it.
 */
public final class SafeReads {

    private static final Logger log = LoggerFactory.getLogger(SafeReads.class);
    static final int ATTEMPTS = 3;
    static final long PAUSE_MILLIS = 500;

    private SafeReads() {
    }

    public static <T> T read(Supplier<T> read) {
        for (int attempt = 1;; attempt++) {
            try {
                return read.get();
            }
            catch (TransientDataAccessException | DataAccessResourceFailureException
                    | CannotCreateTransactionException e) {
                if (attempt >= ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw e;
                }
                log.warn("A read lost its connection ({}); trying again", e.getMessage());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(PAUSE_MILLIS * attempt);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to read again", e);
        }
    }
}
