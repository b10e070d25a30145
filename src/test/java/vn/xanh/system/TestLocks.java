package vn.xanh.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Lock owners on other "machines" for tests, and a way to make the current holder stall past its lease. */
public final class TestLocks {

    private TestLocks() {
    }

    public static RunLock machine(DataSource dataSource, String host, long pid, Duration wait) {
        return new RunLock(JdbcClient.create(dataSource), dataSource, wait, host, pid);
    }

    public static void acquire(RunLock lock) throws InterruptedException {
        lock.acquire();
    }

    public static void release(RunLock lock) {
        lock.release();
    }

    public static void renew(RunLock lock) {
        lock.renew();
    }

    public static boolean held(RunLock lock) {
        return lock.held();
    }

    /**
     * The holder stalls (a long pause, a network partition): its lease is not renewed for longer than
     * it lasts, and on PostgreSQL the session holding its advisory lock is gone.
     */
    public static void stallHolder(DataSource dataSource) throws SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("UPDATE run_lock SET heartbeat_at = :past")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minus(RunLock.LEASE).minusMinutes(1)).update();
        if (postgres(dataSource)) {
            jdbc.sql("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'")
                    .query(Boolean.class).list();
        }
    }

    private static boolean postgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
