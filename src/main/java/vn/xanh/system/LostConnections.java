package vn.xanh.system;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool which failures mean the connection is gone for good, so it is thrown away
 * rather than lent out again. PostgreSQL says so with SQL state class 08, which the pool knows; H2
 * says "database is closed" (after {@code SHUTDOWN}, or when the AUTO_SERVER process went away) with
 * codes of its own, which the pool would otherwise keep lending until every run failed on them.
 */
public class LostConnections implements SQLExceptionOverride {

    /** H2's DATABASE_CALLED_AT_SHUTDOWN, DATABASE_IS_CLOSED, CONNECTION_BROKEN_1 and OBJECT_CLOSED. */
    private static final Set<Integer> H2_GONE = Set.of(90121, 90098, 90067, 90007);

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && H2_GONE.contains(sql.getErrorCode())) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
