package vn.xanh.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL's session-level advisory lock, held on a connection of its own for as long as the run
 * lock is held. The server drops it the moment the holder's session ends (process killed, machine
 * gone, connection cut), so a waiting run never has to wait out a lease to know the holder is gone.
 * On H2 there is no such lock and every method passes.
 */
class AdvisoryLock {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLock.class);
    /** "xanh" in ASCII: the one key this application locks. */
    private static final long KEY = 0x78616e68L;

    private final DataSource dataSource;
    private Connection session;

    private AdvisoryLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static AdvisoryLock on(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            return postgres ? new AdvisoryLock(dataSource) : new AdvisoryLock(null);
        }
        catch (SQLException e) {
            // The database is not there at start-up: the lease row alone will do.
            log.warn("Could not tell whether the database offers advisory locks: {}", e.getMessage());
            return new AdvisoryLock(null);
        }
    }

    boolean supported() {
        return dataSource != null;
    }

    /** Takes the lock if it is free; false when another session holds it. */
    synchronized boolean tryLock() {
        if (!supported()) {
            return true;
        }
        try {
            if (session == null) {
                session = open();
            }
            try (Statement statement = session.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return true;
                }
            }
            close();
            return false;
        }
        catch (SQLException e) {
            close();
            throw new IllegalStateException("Could not take the advisory lock: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that our session, and with it the lock, is still there; when the connection was cut (the
     * server restarted) takes the lock again if nobody else has. False when another session has it.
     */
    synchronized boolean holdOrRetake() {
        if (!supported()) {
            return true;
        }
        try {
            if (session != null && session.isValid(5)) {
                return true;
            }
        }
        catch (SQLException e) {
            // treated as lost below
        }
        log.warn("The session holding the advisory lock is gone; taking the lock again");
        close();
        try {
            return tryLock();
        }
        catch (IllegalStateException e) {
            return false;
        }
    }

    synchronized void unlock() {
        if (session == null) {
            return;
        }
        try (Statement statement = session.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        }
        catch (SQLException e) {
            // Closing the session releases it anyway.
        }
        close();
    }

    /**
     * A connection outside the pool: closing it ends the session, and the lock with it, for sure; a
     * pooled one would go back to the pool still holding the lock if the unlock failed.
     */
    private Connection open() throws SQLException {
        Connection connection = dataSource instanceof HikariDataSource pool
                ? DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
                : dataSource.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }

    private void close() {
        if (session != null) {
            try {
                session.close();
            }
            catch (SQLException e) {
                // already gone
            }
            session = null;
        }
    }
}
