package vn.xanh.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The digest outbox: every digest is stored here before it is sent. */
@Repository
public class OutboxRepository {

    /** A stored digest. */
    public record Entry(long id, LocalDate asOf, String subject, String recipients, String messageFile,
            Delivery status, int attempts, String lastError) {
    }

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean delivered(LocalDate asOf) {
        return jdbc.sql("SELECT COUNT(*) FROM digest_outbox WHERE as_of = :asOf AND status IN ('SENT', 'WRITTEN')")
                .param("asOf", asOf).query(Integer.class).single() > 0;
    }

    public long store(LocalDate asOf, String subject, String recipients, String messageFile, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO digest_outbox (as_of, subject, recipients, message_file, status, attempts, created_at)"
                + " VALUES (:asOf, :subject, :recipients, :file, 'PENDING', 0, :now)")
                .param("asOf", asOf).param("subject", subject).param("recipients", recipients)
                .param("file", messageFile).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void markDelivered(long id, Delivery status, OffsetDateTime when) {
        jdbc.sql("UPDATE digest_outbox SET status = :status, attempts = attempts + 1, last_error = NULL,"
                + " delivered_at = :when WHERE id = :id")
                .param("status", status.name()).param("when", when).param("id", id).update();
    }

    public void markFailed(long id, String error) {
        jdbc.sql("UPDATE digest_outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error).param("id", id).update();
    }

    public List<Entry> pending() {
        return jdbc.sql("SELECT id, as_of, subject, recipients, message_file, status, attempts, last_error"
                + " FROM digest_outbox WHERE status = 'PENDING' ORDER BY id")
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), Delivery.valueOf(rs.getString(6)), rs.getInt(7),
                        rs.getString(8)))
                .list();
    }
}
