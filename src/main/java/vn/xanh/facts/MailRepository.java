package vn.xanh.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What came through the commune's mailbox: each message, the workbooks saved from it (claimed by
 * intake when it records them), the reminders sent, and the last look into the mailbox.
 */
@Repository
public class MailRepository {

    private static final String MESSAGE_COLUMNS = "id, message_key, message_id, thread_refs, sender_email, answer_to,"
            + " subject, unit_code, received_at, status, refused, answered_at, authentication";

    /**
     * A message taken from the mailbox. {@code answerTo} is null when no answer must go (auto-replies, loops,
     * strangers). {@code authentication} is the receiving server's verdict: PASS, why it failed, or null when
     * not asked for.
     */
    public record MailMessage(long id, String key, String messageId, String threadRefs, String senderEmail,
            String answerTo, String subject, String unitCode, OffsetDateTime receivedAt, String status,
            String refused, OffsetDateTime answeredAt, String authentication) {

        public boolean saved() {
            return SAVED.equals(status);
        }
    }

    /** A workbook saved from a message; {@code submissionId} is null until intake records it. */
    public record MailAttachment(long id, long mailId, String originalName, String stagedAs, String savedName,
            String sha256, Long submissionId) {
    }

    /** A reminder sent to a unit for a month. */
    public record Reminder(String unitCode, YearMonth period, String kind, LocalDate sentOn, String recipients) {
    }

    /** The last look into the mailbox. */
    public record State(OffsetDateTime lastFetchAt, Integer waiting, String lastError) {
    }

    public static final String STAGED = "STAGED";
    public static final String SAVED = "SAVED";

    private final JdbcClient jdbc;

    public MailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MailMessage> findByKey(String key) {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM mail_message WHERE message_key = :key")
                .param("key", key).query(MailRepository::message).optional();
    }

    public MailMessage message(long id) {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM mail_message WHERE id = :id").param("id", id)
                .query(MailRepository::message).single();
    }

    public long insertMessage(MailMessage m, OffsetDateTime fetchedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO mail_message (message_key, message_id, thread_refs, sender_email, answer_to, subject,"
                + " unit_code, received_at, fetched_at, status, refused, authentication) VALUES (:key, :messageId, :refs,"
                + " :sender, :answerTo, :subject, :unit, :received, :fetched, :status, :refused, :authentication)")
                .param("key", cut(m.key(), 1000)).param("messageId", cut(m.messageId(), 1000))
                .param("refs", cut(m.threadRefs(), 4000)).param("sender", cut(m.senderEmail(), 320))
                .param("answerTo", cut(m.answerTo(), 320)).param("subject", cut(m.subject(), 1000))
                .param("unit", m.unitCode()).param("received", m.receivedAt()).param("fetched", fetchedAt)
                .param("status", m.status()).param("refused", cut(m.refused(), 4000))
                .param("authentication", cut(m.authentication(), 1000)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertAttachment(long mailId, String originalName, String stagedAs, String savedName, String sha256) {
        jdbc.sql("INSERT INTO mail_attachment (mail_id, original_name, staged_as, saved_name, sha256)"
                + " VALUES (:mail, :original, :staged, :saved, :sha)")
                .param("mail", mailId).param("original", cut(originalName, 500)).param("staged", stagedAs)
                .param("saved", savedName).param("sha", sha256).update();
    }

    public List<MailAttachment> attachments(long mailId) {
        return jdbc.sql("SELECT id, mail_id, original_name, staged_as, saved_name, sha256, submission_id"
                + " FROM mail_attachment WHERE mail_id = :mail ORDER BY id").param("mail", mailId)
                .query((rs, n) -> new MailAttachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7) == null ? null : rs.getLong(7)))
                .list();
    }

    public void rename(long attachmentId, String savedName) {
        jdbc.sql("UPDATE mail_attachment SET saved_name = :saved WHERE id = :id").param("saved", savedName)
                .param("id", attachmentId).update();
    }

    public void markSaved(long mailId) {
        jdbc.sql("UPDATE mail_message SET status = 'SAVED' WHERE id = :id").param("id", mailId).update();
    }

    /** Messages whose files were recorded but not all moved into input/ when a process stopped. */
    public List<MailMessage> staged() {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM mail_message WHERE status = 'STAGED' ORDER BY id")
                .query(MailRepository::message).list();
    }

    /** Saved messages still owed an answer. */
    public List<MailMessage> unanswered() {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM mail_message WHERE status = 'SAVED'"
                + " AND answered_at IS NULL AND answer_to IS NOT NULL ORDER BY id")
                .query(MailRepository::message).list();
    }

    public void markAnswered(long mailId, OffsetDateTime when) {
        jdbc.sql("UPDATE mail_message SET answered_at = :when WHERE id = :id").param("when", when)
                .param("id", mailId).update();
    }

    /** Workbooks saved from mail that intake has not recorded yet. */
    public int unclaimed() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_attachment WHERE submission_id IS NULL").query(Integer.class)
                .single();
    }

    /** The names in {@code input/} of workbooks saved from mail that intake has not recorded yet. */
    public List<String> unclaimedNames() {
        return jdbc.sql("SELECT a.saved_name FROM mail_attachment a JOIN mail_message m ON m.id = a.mail_id"
                + " WHERE a.submission_id IS NULL AND m.status = 'SAVED'").query(String.class).list();
    }

    /**
     * Messages with files from addresses no unit has, not yet in a digest or in this date's; plain text
     * from strangers is left out, so unsolicited mail does not fill the digest.
     */
    public List<MailMessage> unknownSenders(LocalDate asOf) {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM mail_message m WHERE unit_code IS NULL"
                + " AND (refused IS NOT NULL OR EXISTS (SELECT 1 FROM mail_attachment a WHERE a.mail_id = m.id))"
                + " AND (digest_date IS NULL OR digest_date = :asOf) ORDER BY id").param("asOf", asOf)
                .query(MailRepository::message).list();
    }

    public boolean reminded(String unitCode, YearMonth period, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_reminder WHERE unit_code = :unit AND period_month = :period"
                + " AND kind = :kind").param("unit", unitCode).param("period", period.atDay(1))
                .param("kind", kind).query(Integer.class).single() > 0;
    }

    /** Records a reminder; false when one of this kind already went to the unit for the month. */
    public boolean recordReminder(Reminder reminder) {
        if (reminded(reminder.unitCode(), reminder.period(), reminder.kind())) {
            return false;
        }
        jdbc.sql("INSERT INTO mail_reminder (unit_code, period_month, kind, sent_on, recipients)"
                + " VALUES (:unit, :period, :kind, :sentOn, :recipients)")
                .param("unit", reminder.unitCode()).param("period", reminder.period().atDay(1))
                .param("kind", reminder.kind()).param("sentOn", reminder.sentOn())
                .param("recipients", cut(reminder.recipients(), 2000)).update();
        return true;
    }

    /** Reminders not yet in a digest, or in this date's. */
    public List<Reminder> remindersForDigest(LocalDate asOf) {
        return jdbc.sql("SELECT unit_code, period_month, kind, sent_on, recipients FROM mail_reminder"
                + " WHERE digest_date IS NULL OR digest_date = :asOf ORDER BY sent_on, unit_code")
                .param("asOf", asOf)
                .query((rs, n) -> new Reminder(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }

    /** Messages set aside after failing twice, not yet named in a digest, or named in this date's. */
    public List<MailFailureRepository.Failure> setAside(LocalDate asOf) {
        return jdbc.sql("SELECT " + MailFailureRepository.COLUMNS + " FROM mail_failure WHERE set_aside_at IS NOT NULL"
                + " AND (digest_date IS NULL OR digest_date = :asOf) ORDER BY set_aside_at, id").param("asOf", asOf)
                .query(MailFailureRepository::failure).list();
    }

    /** The digest of this date listed the reminders, the unknown senders, the messages set aside: the next one need not. */
    public void markReported(LocalDate asOf) {
        jdbc.sql("UPDATE mail_failure SET digest_date = :asOf WHERE digest_date IS NULL AND set_aside_at IS NOT NULL")
                .param("asOf", asOf).update();
        jdbc.sql("UPDATE mail_reminder SET digest_date = :asOf WHERE digest_date IS NULL").param("asOf", asOf).update();
        jdbc.sql("UPDATE mail_message SET digest_date = :asOf WHERE digest_date IS NULL AND unit_code IS NULL")
                .param("asOf", asOf).update();
    }

    /** Units with an accepted report for the month, "Không phát sinh" included. */
    public Map<String, Set<String>> reportedTemplates(YearMonth period) {
        Map<String, Set<String>> reported = new HashMap<>();
        jdbc.sql("SELECT DISTINCT unit_code, template_id FROM submission WHERE period_month = :period"
                + " AND unit_code IS NOT NULL AND template_id IS NOT NULL AND status IN ('ACCEPTED', 'SUPERSEDED')")
                .param("period", period.atDay(1))
                .query(rs -> {
                    reported.computeIfAbsent(rs.getString(1), unit -> new HashSet<>()).add(rs.getString(2));
                });
        return reported;
    }

    public void recordFetch(OffsetDateTime when, Integer waiting, String error) {
        int updated = jdbc.sql("UPDATE mailbox_state SET last_fetch_at = :when, waiting = :waiting, last_error = :error"
                + " WHERE id = 1").param("when", when).param("waiting", waiting).param("error", cut(error, 2000))
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mailbox_state (id, last_fetch_at, waiting, last_error) VALUES (1, :when, :waiting,"
                    + " :error)").param("when", when).param("waiting", waiting).param("error", cut(error, 2000))
                    .update();
        }
    }

    public Optional<State> state() {
        return jdbc.sql("SELECT last_fetch_at, waiting, last_error FROM mailbox_state WHERE id = 1")
                .query((rs, n) -> new State(instant(rs, "last_fetch_at"), (Integer) rs.getObject("waiting"),
                        rs.getString("last_error")))
                .optional();
    }

    private static MailMessage message(ResultSet rs, int n) throws SQLException {
        return new MailMessage(rs.getLong("id"), rs.getString("message_key"), rs.getString("message_id"),
                rs.getString("thread_refs"), rs.getString("sender_email"), rs.getString("answer_to"),
                rs.getString("subject"), rs.getString("unit_code"), instant(rs, "received_at"), rs.getString("status"),
                rs.getString("refused"), instant(rs, "answered_at"), rs.getString("authentication"));
    }

    private static OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
