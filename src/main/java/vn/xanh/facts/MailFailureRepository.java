package vn.xanh.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages of the mailbox whose reading failed, counted by their place on the server, and those set aside
 * after the second failure: named in the digest once and in {@code xanh status}.
 */
@Repository
public class MailFailureRepository {

    static final String COLUMNS = "message_key, sender_email, subject, reason, detail, attempts, last_failed_at,"
            + " set_aside_at, moved_to";

    /**
     * A message that could not be read.
     *
     * @param reason DECODING, CONNECTION, STRUCTURE or OTHER (worded in Vietnamese where it is shown)
     * @param detail the error as the program saw it, for the log and the technician
     * @param movedTo the server's folder it was moved to, or null (only flagged)
     */
    public record Failure(String key, String senderEmail, String subject, String reason, String detail, int attempts,
            OffsetDateTime lastFailedAt, OffsetDateTime setAsideAt, String movedTo) {

        /** Why, as the clerk reads it. */
        public String reasonInWords() {
            return switch (reason) {
                case DECODING -> "nội dung tệp đính kèm bị hỏng (mã hóa sai), không giải mã được";
                case CONNECTION -> "máy chủ thư ngắt kết nối mỗi lần đọc thư này";
                case STRUCTURE -> "cấu trúc thư hỏng (MIME sai), không tách được các phần của thư";
                default -> "thư không đọc được";
            };
        }
    }

    public static final String DECODING = "DECODING";
    public static final String CONNECTION = "CONNECTION";
    public static final String STRUCTURE = "STRUCTURE";
    public static final String OTHER = "OTHER";

    private final JdbcClient jdbc;

    public MailFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more failure of the message; returns how many it has had. */
    public int recordFailure(String key, String sender, String subject, String reason, String detail,
            OffsetDateTime when) {
        int updated = jdbc.sql("UPDATE mail_failure SET attempts = attempts + 1, reason = :reason, detail = :detail,"
                + " last_failed_at = :when, sender_email = COALESCE(:sender, sender_email),"
                + " subject = COALESCE(:subject, subject) WHERE message_key = :key")
                .param("reason", reason).param("detail", cut(detail, 2000)).param("when", when)
                .param("sender", cut(sender, 320)).param("subject", cut(subject, 1000)).param("key", cut(key, 1000))
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mail_failure (message_key, sender_email, subject, reason, detail, attempts,"
                    + " first_failed_at, last_failed_at) VALUES (:key, :sender, :subject, :reason, :detail, 1, :when,"
                    + " :when)")
                    .param("key", cut(key, 1000)).param("sender", cut(sender, 320)).param("subject", cut(subject, 1000))
                    .param("reason", reason).param("detail", cut(detail, 2000)).param("when", when).update();
        }
        return jdbc.sql("SELECT attempts FROM mail_failure WHERE message_key = :key").param("key", cut(key, 1000))
                .query(Integer.class).single();
    }

    public void markSetAside(String key, OffsetDateTime when, String movedTo) {
        jdbc.sql("UPDATE mail_failure SET set_aside_at = :when, moved_to = :moved WHERE message_key = :key")
                .param("when", when).param("moved", movedTo).param("key", cut(key, 1000)).update();
    }

    /** A message read after all (the connection had only dropped): its failures are forgotten. */
    public void forget(String key) {
        jdbc.sql("DELETE FROM mail_failure WHERE message_key = :key AND set_aside_at IS NULL")
                .param("key", cut(key, 1000)).update();
    }

    /** The messages set aside, the latest first, at most {@code limit}. */
    public List<Failure> setAside(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_failure WHERE set_aside_at IS NOT NULL"
                + " ORDER BY set_aside_at DESC, id DESC LIMIT :limit").param("limit", limit)
                .query(MailFailureRepository::failure).list();
    }

    public int countSetAside() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_failure WHERE set_aside_at IS NOT NULL").query(Integer.class)
                .single();
    }

    static Failure failure(ResultSet rs, int n) throws SQLException {
        return new Failure(rs.getString("message_key"), rs.getString("sender_email"), rs.getString("subject"),
                rs.getString("reason"), rs.getString("detail"), rs.getInt("attempts"), instant(rs, "last_failed_at"),
                instant(rs, "set_aside_at"), rs.getString("moved_to"));
    }

    private static OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
