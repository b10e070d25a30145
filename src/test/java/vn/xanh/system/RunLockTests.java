package vn.xanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two machines contend for the run lock on one database. Subclasses choose the database: the lease
 * row alone on H2, the lease row with PostgreSQL's advisory lock on PostgreSQL.
 */
abstract class RunLockTests {

    DataSource dataSource;
    JdbcClient jdbc;
    RunLock first;
    RunLock second;

    abstract DataSource database() throws Exception;

    abstract String vendor();

    @BeforeEach
    void schema() throws Exception {
        dataSource = database();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common",
                "classpath:db/migration/" + vendor()).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM run_lock").update();
        first = TestLocks.machine(dataSource, "may-mot", 1001, Duration.ofSeconds(1));
        second = TestLocks.machine(dataSource, "may-hai", 2002, Duration.ofSeconds(2));
    }

    @AfterEach
    void releaseBoth() {
        TestLocks.release(first);
        TestLocks.release(second);
    }

    @Test
    void aSecondMachineWaitsWhileTheLeaseIsAlive() throws Exception {
        // given
        TestLocks.acquire(first);

        // when / then: the second machine is told who holds it
        assertThatThrownBy(() -> TestLocks.acquire(second)).isInstanceOf(RunLock.BusyException.class)
                .hasMessageContaining("Đang có một lần chạy khác của may-mot (tiến trình 1001)");
        first.verifyHeld();
        assertThat(TestLocks.held(first)).isTrue();
    }

    @Test
    void theMachineWhoseLeaseLapsedAndWasTakenOverStopsWithoutWriting() throws Exception {
        // given: the first machine holds the lock, then stalls past its lease; the second takes the lock
        TestLocks.acquire(first);
        TestLocks.stallHolder(dataSource);
        TestLocks.acquire(second);

        // when: the first machine wakes up and tries to commit a write that matters
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO unit (code, name, kind) VALUES ('THU', 'Thử', 'VILLAGE')").update();
            first.verifyHeld();
        })).isInstanceOf(RunLock.LostException.class).hasMessageContaining("đã mất khóa chạy")
                .hasMessageContaining("may-hai (tiến trình 2002)");

        // then: nothing of it was written, its heartbeat knows, and the second machine still holds the lock
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE code = 'THU'").query(Integer.class).single()).isZero();
        TestLocks.renew(first);
        assertThat(TestLocks.held(first)).isFalse();
        TestLocks.release(first);
        second.verifyHeld();
        assertThat(jdbc.sql("SELECT holder FROM run_lock").query(String.class).single())
                .isEqualTo("may-hai (tiến trình 2002)");
    }
}
