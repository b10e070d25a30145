package vn.xanh.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox: every message (the digest, and the mailbox's answers and reminders) is stored here
 * before it is sent, and marked with what became of it.
 */
@Repository
public class OutboxRepository {

    private static final String COLUMNS = "id, as_of, audience, subject, recipients, message_file, status, attempts,"
            + " last_error, next_attempt_at, kind";

    /** The digest's kind; answers and reminders have their own, so the digest's checks never see them. */
    public static final String DIGEST = "DIGEST";

    /** A stored message. */
    public record Entry(long id, LocalDate asOf, String audience, String subject, String recipients,
            String messageFile, Delivery status, int attempts, String lastError, OffsetDateTime nextAttemptAt,
            String kind) {
    }

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasEntries(LocalDate asOf) {
        return jdbc.sql("SELECT COUNT(*) FROM digest_outbox WHERE as_of = :asOf AND kind = 'DIGEST'").param("asOf", asOf)
                .query(Integer.class).single() > 0;
    }

    /** How many answers and reminders were stored for this address since the moment given. */
    public int sentToSince(String address, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM digest_outbox WHERE kind <> 'DIGEST' AND created_at >= :since"
                + " AND LOWER(recipients) LIKE :address").param("since", since)
                .param("address", "%" + address.toLowerCase(java.util.Locale.ROOT) + "%").query(Integer.class).single();
    }

    public long store(LocalDate asOf, String audience, String subject, String recipients, String messageFile,
            OffsetDateTime now) {
        return store(DIGEST, asOf, audience, subject, recipients, messageFile, now);
    }

    public long store(String kind, LocalDate asOf, String audience, String subject, String recipients,
            String messageFile, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO digest_outbox (kind, as_of, audience, subject, recipients, message_file, status,"
                + " attempts, created_at, next_attempt_at) VALUES (:kind, :asOf, :audience, :subject, :recipients,"
                + " :file, 'PENDING', 0, :now, :now)")
                .param("kind", kind).param("asOf", asOf).param("audience", audience).param("subject", subject)
                .param("recipients", recipients).param("file", messageFile).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Marks a message as handed to the SMTP server; true when this process took it (it was pending). */
    public boolean markSending(long id) {
        return jdbc.sql("UPDATE digest_outbox SET status = 'SENDING' WHERE id = :id AND status = 'PENDING'")
                .param("id", id).update() == 1;
    }

    public void markDelivered(long id, Delivery status, OffsetDateTime when) {
        jdbc.sql("UPDATE digest_outbox SET status = :status, attempts = attempts + 1, last_error = NULL,"
                + " delivered_at = :when, next_attempt_at = NULL WHERE id = :id")
                .param("status", status.name()).param("when", when).param("id", id).update();
    }

    public void markFailed(long id, String error, OffsetDateTime nextAttempt) {
        jdbc.sql("UPDATE digest_outbox SET status = 'PENDING', attempts = attempts + 1, last_error = :error,"
                + " next_attempt_at = :next WHERE id = :id")
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error).param("next", nextAttempt)
                .param("id", id).update();
    }

    /** Messages a stopped process left in SENDING: they may have gone out, so they are not resent. */
    public int markInterruptedUncertain() {
        return jdbc.sql("UPDATE digest_outbox SET status = 'UNCERTAIN' WHERE status = 'SENDING'").update();
    }

    public List<Entry> due(OffsetDateTime now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM digest_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY id").param("now", now).query(OutboxRepository::map).list();
    }

    public List<Entry> find(LocalDate asOf) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM digest_outbox WHERE as_of = :asOf AND kind = 'DIGEST'"
                + " ORDER BY id")
                .param("asOf", asOf).query(OutboxRepository::map).list();
    }

    public Entry get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM digest_outbox WHERE id = :id").param("id", id)
                .query(OutboxRepository::map).single();
    }

    /** Messages not known to have gone out: pending, or uncertain after a stop. */
    public List<Entry> unsent() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM digest_outbox WHERE status IN ('PENDING', 'SENDING', 'UNCERTAIN')"
                + " ORDER BY id").query(OutboxRepository::map).list();
    }

    private static Entry map(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp next = rs.getTimestamp("next_attempt_at");
        return new Entry(rs.getLong("id"), rs.getObject("as_of", LocalDate.class), rs.getString("audience"),
                rs.getString("subject"), rs.getString("recipients"), rs.getString("message_file"),
                Delivery.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                next == null ? null : next.toInstant().atOffset(ZoneOffset.UTC), rs.getString("kind"));
    }
}
