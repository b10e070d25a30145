package vn.xanh.system;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The row of {@code run_lock}: who holds the lock, on which machine and process, since when, with which token. */
final class LockRow {

    private static final String NAME = "nightly";

    /** The holder as the row names it. */
    record Holder(String holder, OffsetDateTime since, String host, Long pid, String token) {

        boolean deadOn(String thisHost) {
            return thisHost.equals(host) && pid != null && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }

        boolean isProcess(String thisHost, long thisPid) {
            return thisHost.equals(host) && pid != null && pid == thisPid;
        }
    }

    private final JdbcClient jdbc;
    private final String host;
    private final long pid;
    private final String me;

    LockRow(JdbcClient jdbc, String host, long pid) {
        this.jdbc = jdbc;
        this.host = host;
        this.pid = pid;
        this.me = host + " (tiến trình " + pid + ")";
    }

    /** Throws DataIntegrityViolationException when the row is there already. */
    void insert(String token) {
        jdbc.sql("INSERT INTO run_lock (name, holder, acquired_at, heartbeat_at, host, pid, token)"
                + " VALUES (:name, :me, :now, :now, :host, :pid, :token)")
                .param("name", NAME).param("me", me).param("now", now()).param("host", host).param("pid", pid)
                .param("token", token).update();
    }

    /** Takes the row from this holder, if it still holds it. */
    boolean takeFrom(Holder previous, String token) {
        return takeOver(token, "token IS NOT DISTINCT FROM :previous AND holder = :holder", previous.token(),
                previous.holder());
    }

    /** Takes the row if its lease was not renewed for longer than it lasts. */
    boolean takeLapsed(String token, Duration lease) {
        return takeOver(token, "heartbeat_at < :previous", now().minus(lease), null);
    }

    private boolean takeOver(String token, String condition, Object previous, String holder) {
        OffsetDateTime now = now();
        return jdbc.sql("UPDATE run_lock SET holder = :me, acquired_at = :now, heartbeat_at = :now, host = :host,"
                + " pid = :pid, token = :token WHERE name = :name AND " + condition)
                .param("me", me).param("now", now).param("host", host).param("pid", pid).param("token", token)
                .param("name", NAME).param("previous", previous).param("holder", holder).update() == 1;
    }

    /** Renews the lease of the row carrying the token; 0 when it no longer does. */
    int touch(String token) {
        return jdbc.sql("UPDATE run_lock SET heartbeat_at = :now WHERE name = :name AND token = :token")
                .param("now", now()).param("name", NAME).param("token", token).update();
    }

    void delete(String token) {
        jdbc.sql("DELETE FROM run_lock WHERE name = :name AND token = :token").param("name", NAME)
                .param("token", token).update();
    }

    Optional<Holder> holder() {
        return jdbc.sql("SELECT holder, acquired_at, host, pid, token FROM run_lock WHERE name = :name")
                .param("name", NAME)
                .query((rs, n) -> new Holder(rs.getString(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5)))
                .optional();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
