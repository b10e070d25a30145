package vn.xanh.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions and the problems found in them. */
@Repository
public class SubmissionRepository {

    private static final String COLUMNS = "id, file_name, sha256, template_id, unit_code, period_month, received_at, "
            + "arrived_at, status, stored_as";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public SubmissionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The submissions with these fingerprints that intake must know of: the unmoved ones and the counted ones,
     * in the order recorded. One statement for a group of files instead of two per file.
     */
    public List<Submission> unmovedOrCounted(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE sha256 IN (:shas) AND (stored_as IS NULL"
                + " OR status IN ('ACCEPTED', 'SUPERSEDED')) ORDER BY id").param("shas", sha256s)
                .query(SubmissionRepository::map).list();
    }

    /** Who sent a file the mailbox saved: the address, and the receiving server's verdict (see MailMessage). */
    public record MailOrigin(String senderEmail, String authentication) {
    }

    /** The files the mailbox saved into the drop folder and no submission claimed yet, by {@link #mailKey}, with who sent each. */
    public Map<String, MailOrigin> unclaimedMailOrigins() {
        Map<String, MailOrigin> origins = new java.util.HashMap<>();
        jdbc.sql("SELECT a.saved_name, a.sha256, m.sender_email, m.authentication FROM mail_attachment a"
                + " JOIN mail_message m ON m.id = a.mail_id WHERE a.submission_id IS NULL")
                .query(rs -> {
                    origins.putIfAbsent(mailKey(rs.getString(1), rs.getString(2)),
                            new MailOrigin(rs.getString(3), rs.getString(4)));
                });
        return origins;
    }

    public static String mailKey(String fileName, String sha256) {
        return fileName + "\n" + sha256;
    }

    /** The accepted (or later corrected) submission with these bytes, if any. */
    public Optional<Submission> findCountedBySha256(String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE sha256 = :sha AND status IN ('ACCEPTED', 'SUPERSEDED')"
                + " ORDER BY id").param("sha", sha256).query(SubmissionRepository::map).optional();
    }

    /** Every submission whose file's place was never recorded. */
    public List<Submission> unmoved() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE stored_as IS NULL ORDER BY id")
                .query(SubmissionRepository::map).list();
    }

    /** Whether some submission already records its file at this place. */
    public boolean isStoredAt(String storedAs) {
        return jdbc.sql("SELECT COUNT(*) FROM submission WHERE stored_as = :stored").param("stored", storedAs)
                .query(Integer.class).single() > 0;
    }

    /** What intake knows of a file when it records it; {@code heldReason} says why a HELD one waits. */
    public record NewSubmission(String fileName, String sha256, String templateId, String unitCode, YearMonth period,
            OffsetDateTime receivedAt, OffsetDateTime arrivedAt, boolean nothingToReport, SubmissionStatus status,
            String heldReason) {

        public NewSubmission(String fileName, String sha256, String templateId, String unitCode, YearMonth period,
                OffsetDateTime receivedAt, OffsetDateTime arrivedAt, boolean nothingToReport, SubmissionStatus status) {
            this(fileName, sha256, templateId, unitCode, period, receivedAt, arrivedAt, nothingToReport, status, null);
        }
    }

    /** Records one submission, and the mail it came in if the mailbox saved it. */
    public long insert(NewSubmission s) {
        long id = insertAll(List.of(s)).get(0);
        claimMailOrigin(id, s.fileName(), s.sha256());
        return id;
    }

    private static final String INSERTED = "(file_name, sha256, template_id, unit_code, period_month, received_at,"
            + " arrived_at, nothing_to_report, status, held_reason)";

    /**
     * Records several submissions at once, in order; returns their ids in the same order. Whether each came
     * by mail is for {@link #claimMailOrigin} to settle afterwards.
     */
    public List<Long> insertAll(List<NewSubmission> all) {
        return BulkRows.insertReturningIds(batch.getJdbcTemplate(), "submission", INSERTED, all.stream()
                .map(s -> new Object[] {s.fileName(), s.sha256(), s.templateId(), s.unitCode(),
                        s.period() == null ? null : s.period().atDay(1), s.receivedAt(), s.arrivedAt(),
                        s.nothingToReport(), s.status().name(), s.heldReason()})
                .toList());
    }

    /**
     * A workbook the mailbox saved into the drop folder is known by its name and fingerprint: the record
     * takes its sender and message id, in the same transaction, so the answer knows whom to tell.
     */
    public void claimMailOrigin(long submissionId, String fileName, String sha256) {
        int claimed = jdbc.sql("UPDATE mail_attachment SET submission_id = :id WHERE id = (SELECT MIN(a.id)"
                + " FROM mail_attachment a WHERE a.saved_name = :file AND a.sha256 = :sha AND a.submission_id IS NULL)")
                .param("id", submissionId).param("file", fileName).param("sha", sha256).update();
        if (claimed > 0) {
            jdbc.sql("UPDATE submission SET sender_email = (SELECT m.sender_email FROM mail_attachment a"
                    + " JOIN mail_message m ON m.id = a.mail_id WHERE a.submission_id = :id), message_id ="
                    + " (SELECT m.message_id FROM mail_attachment a JOIN mail_message m ON m.id = a.mail_id"
                    + " WHERE a.submission_id = :id) WHERE id = :id").param("id", submissionId).update();
        }
    }

    public Optional<Submission> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE id = :id").param("id", id)
                .query(SubmissionRepository::map).optional();
    }

    /** What an accepted submission corrects: the earlier accepted one for the same template, unit and month. */
    public record Correction(long submissionId, String templateId, String unitCode, YearMonth period) {
    }

    /**
     * The corrections of several submissions in one batch, in the order recorded: each marks the accepted ones
     * recorded before it, so of two in the same batch for the same month the later counts, as one at a time.
     */
    public void supersedePrevious(List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return;
        }
        batch.batchUpdate("UPDATE submission SET status = 'SUPERSEDED', superseded_by = :id WHERE status = 'ACCEPTED'"
                + " AND template_id = :template AND unit_code = :unit AND period_month = :period AND id < :id",
                corrections.stream().map(c -> new MapSqlParameterSource("id", c.submissionId())
                        .addValue("template", c.templateId()).addValue("unit", c.unitCode())
                        .addValue("period", c.period().atDay(1))).toArray(SqlParameterSource[]::new));
    }

    public void recordStoredAs(long submissionId, String storedAs) {
        recordStoredAs(Map.of(submissionId, storedAs));
    }

    /** Where several submissions' files now are, in one statement or one batch. */
    public void recordStoredAs(Map<Long, String> storedAsById) {
        BulkRows.setById(batch.getJdbcTemplate(), "submission", "stored_as", storedAsById);
    }

    /** Submissions that no digest has reported yet, or that the digest of this date reported. */
    public List<Submission> forDigest(LocalDate asOf) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE digest_date IS NULL OR digest_date = :asOf"
                + " ORDER BY id").param("asOf", asOf).query(SubmissionRepository::map).list();
    }

    /**
     * The same as that date's digest saw them: the submissions recorded by then that no earlier digest
     * had reported (a later digest may have reported them since).
     */
    public List<Submission> forDigest(LocalDate asOf, AsKnown known) {
        if (known.everything()) {
            return forDigest(asOf);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission s WHERE " + known.arrivedCondition()
                + " AND (digest_date IS NULL OR digest_date >= :asOf) ORDER BY id")
                .param("asOf", asOf).param("known", known.known()).query(SubmissionRepository::map).list();
    }

    /** The highest submission id on record, 0 when none: what a run counted, for a rerun as known then. */
    public long lastId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM submission").query(Long.class).single();
    }

    public void markReported(List<Long> ids, LocalDate asOf) {
        for (Long id : ids) {
            jdbc.sql("UPDATE submission SET digest_date = :asOf WHERE id = :id AND digest_date IS NULL")
                    .param("asOf", asOf).param("id", id).update();
        }
    }

    /** One unit's accepted report for a month and when it first arrived. */
    public record Arrival(String unitCode, YearMonth period, OffsetDateTime arrivedAt) {
    }

    /**
     * The first arrival of an accepted (or later corrected) report of these templates per unit and month
     * (the activity log is a report of another kind and does not count here); a market board's
     * report counts for each market it lists, and for all its markets when it had nothing to report.
     */
    public List<Arrival> arrivals() {
        return arrivals(AsKnown.now(), null);
    }

    /**
     * The same, counting only the submissions known as said, and only reports of these templates (all when
     * null): the activity log is a report of another kind.
     */
    public List<Arrival> arrivals(AsKnown known, java.util.Collection<String> templateIds) {
        return jdbc.sql("SELECT COALESCE(f.unit_code, s.unit_code), s.period_month,"
                + " MIN(COALESCE(s.arrived_at, s.received_at)) FROM submission s"
                + " LEFT JOIN fact f ON f.submission_id = s.id"
                + " WHERE s.status IN ('ACCEPTED', 'SUPERSEDED') AND s.period_month IS NOT NULL"
                + " AND " + known.arrivedCondition() + " AND " + known.notApprovedLaterCondition()
                + (templateIds == null ? "" : " AND s.template_id IN (:templates)")
                + " GROUP BY COALESCE(f.unit_code, s.unit_code), s.period_month")
                .params(templateIds == null ? java.util.Map.of("known", known.known(), "decided", known.decided())
                        : java.util.Map.of("known", known.known(), "decided", known.decided(), "templates", templateIds))
                .query((rs, n) -> new Arrival(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getTimestamp(3).toInstant().atOffset(ZoneOffset.UTC)))
                .list();
    }

    private static Submission map(ResultSet rs, int row) throws SQLException {
        LocalDate period = rs.getObject("period_month", LocalDate.class);
        return new Submission(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("template_id"), rs.getString("unit_code"),
                period == null ? null : YearMonth.from(period), instant(rs, "received_at"), instant(rs, "arrived_at"),
                SubmissionStatus.valueOf(rs.getString("status")), rs.getString("stored_as"));
    }

    private static OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
