package vn.xanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads that lost their connection are tried again; nothing else is. */
class SafeReadsTests {

    final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aReadThatLostItsConnectionIsTriedAgain() {
        // when
        String read = SafeReads.read(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");
            }
            return "hàng";
        });

        // then
        assertThat(read).isEqualTo("hàng");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aDatabaseThatStaysAwayIsReportedAfterAFewAttempts() {
        assertThatThrownBy(() -> SafeReads.read(() -> {
            calls.incrementAndGet();
            throw new DataAccessResourceFailureException("Connection refused");
        })).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(calls).hasValue(SafeReads.ATTEMPTS);
    }

    @Test
    void otherFailuresAndReadsInsideATransactionAreNotRetried() {
        assertThatThrownBy(() -> SafeReads.read(() -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate key");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);

        TransactionSynchronizationManager.setActualTransactionActive(true);
        assertThatThrownBy(() -> SafeReads.read(() -> {
            calls.incrementAndGet();
            throw new DataAccessResourceFailureException("terminating connection due to administrator command");
        })).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(calls).hasValue(2);
    }
}
