package vn.xanh.facts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Submissions held for a clerk's decision, and the decisions: an approval makes a held submission the one
 * that counts for its unit, template and month (the earlier one superseded); a refusal rejects it. Each
 * decision keeps who made it, when and why, and, for a closed month, each value before and after.
 */
@Repository
public class HeldRepository {

    private static final String COLUMNS = "id, file_name, template_id, unit_code, period_month, received_at,"
            + " sender_email, message_id, held_reason, stored_as, status";

    /** A held (or once held) submission as a clerk sees it. */
    public record Held(long id, String fileName, String templateId, String unitCode, YearMonth period,
            OffsetDateTime receivedAt, String senderEmail, String messageId, String reason, String storedAs,
            SubmissionStatus status) {
    }

    /** A decision on a held submission. */
    public record Decision(long id, long submissionId, String decision, String decidedBy, OffsetDateTime decidedAt,
            String note) {
    }

    /** One value an approval changed in a closed month; null before or after: no value. */
    public record Change(String decidedBy, OffsetDateTime decidedAt, String unitCode, YearMonth period, String metric,
            BigDecimal before, BigDecimal after) {
    }

    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";

    private final JdbcClient jdbc;

    public HeldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The submissions waiting for a decision, oldest first. */
    public List<Held> waiting() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE status = 'HELD' ORDER BY id")
                .query(HeldRepository::held).list();
    }

    public Optional<Held> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE id = :id AND held_reason IS NOT NULL")
                .param("id", id).query(HeldRepository::held).optional();
    }

    /**
     * Counts a held submission from now on: the one that counted for its unit, template and month is superseded
     * by it, and, when the month is closed, each value before and after is kept for the digest and the reports.
     */
    public long approve(Held held, String decidedBy, OffsetDateTime at, String note, boolean closedMonth) {
        Map<String, BigDecimal[]> values = new LinkedHashMap<>();
        if (closedMonth) {
            jdbc.sql("SELECT f.unit_code, f.metric, f.amount FROM fact f JOIN submission s ON s.id = f.submission_id"
                    + " WHERE s.status = 'ACCEPTED' AND s.template_id = :template AND s.unit_code = :unit"
                    + " AND s.period_month = :period ORDER BY f.unit_code, f.metric").params(key(held))
                    .query(rs -> {
                        values.computeIfAbsent(rs.getString(1) + "\n" + rs.getString(2), k -> new BigDecimal[2])[0] =
                                rs.getBigDecimal(3);
                    });
            jdbc.sql("SELECT unit_code, metric, amount FROM fact WHERE submission_id = :id ORDER BY unit_code, metric")
                    .param("id", held.id()).query(rs -> {
                        values.computeIfAbsent(rs.getString(1) + "\n" + rs.getString(2), k -> new BigDecimal[2])[1] =
                                rs.getBigDecimal(3);
                    });
        }
        Map<String, Object> params = new LinkedHashMap<>(key(held));
        params.put("id", held.id());
        jdbc.sql("UPDATE submission SET status = 'SUPERSEDED', superseded_by = :id WHERE status = 'ACCEPTED'"
                + " AND template_id = :template AND unit_code = :unit AND period_month = :period").params(params)
                .update();
        jdbc.sql("UPDATE submission SET status = 'ACCEPTED' WHERE id = :id").param("id", held.id()).update();
        long decision = decide(held.id(), APPROVED, decidedBy, at, note);
        values.forEach((key, pair) -> {
            if (pair[0] == null || pair[1] == null || pair[0].compareTo(pair[1]) != 0) {
                String[] unitAndMetric = key.split("\n");
                jdbc.sql("INSERT INTO closed_month_change (decision_id, unit_code, period_month, metric, before_amount,"
                        + " after_amount) VALUES (:decision, :unit, :period, :metric, :before, :after)")
                        .param("decision", decision).param("unit", unitAndMetric[0])
                        .param("period", held.period().atDay(1)).param("metric", unitAndMetric[1])
                        .param("before", pair[0]).param("after", pair[1]).update();
            }
        });
        return decision;
    }

    /** Rejects a held submission; its file is now at {@code storedAs}. */
    public long refuse(Held held, String decidedBy, OffsetDateTime at, String reason, String storedAs) {
        jdbc.sql("UPDATE submission SET status = 'REJECTED', stored_as = :stored WHERE id = :id")
                .param("stored", storedAs).param("id", held.id()).update();
        return decide(held.id(), REFUSED, decidedBy, at, reason);
    }

    public void moved(long submissionId, String storedAs) {
        jdbc.sql("UPDATE submission SET stored_as = :stored WHERE id = :id").param("stored", storedAs)
                .param("id", submissionId).update();
    }

    private long decide(long submissionId, String decision, String decidedBy, OffsetDateTime at, String note) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO submission_decision (submission_id, decision, decided_by, decided_at, note)"
                + " VALUES (:submission, :decision, :by, :at, :note)").param("submission", submissionId)
                .param("decision", decision).param("by", cut(decidedBy, 300)).param("at", at)
                .param("note", cut(note, 2000)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The highest decision id on record, 0 when none: what a run knew had been decided, for a rerun as known then. */
    public long lastDecisionId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM submission_decision").query(Long.class).single();
    }

    /** Every decision, in order. */
    public List<Decision> decisions() {
        return jdbc.sql("SELECT id, submission_id, decision, decided_by, decided_at, note FROM submission_decision"
                + " ORDER BY decided_at, id")
                .query((rs, n) -> new Decision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        instant(rs, "decided_at"), rs.getString(6)))
                .list();
    }

    /** The values approvals changed in closed months, not yet in a digest or in this date's. */
    public List<Change> changesForDigest(LocalDate asOf) {
        return changes("d.digest_date IS NULL OR d.digest_date = :asOf", Map.of("asOf", asOf));
    }

    /** Every value an approval changed in a closed month from {@code first} to {@code last}. */
    public List<Change> changesBetween(YearMonth first, YearMonth last) {
        return changes("c.period_month BETWEEN :first AND :last", Map.of("first", first.atDay(1),
                "last", last.atDay(1)));
    }

    private List<Change> changes(String condition, Map<String, Object> params) {
        return jdbc.sql("SELECT d.decided_by, d.decided_at, c.unit_code, c.period_month, c.metric, c.before_amount,"
                + " c.after_amount FROM closed_month_change c JOIN submission_decision d ON d.id = c.decision_id"
                + " WHERE " + condition + " ORDER BY d.decided_at, d.id, c.unit_code, c.metric").params(params)
                .query((rs, n) -> new Change(rs.getString(1), instant(rs, "decided_at"), rs.getString(3),
                        YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getString(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7)))
                .list();
    }

    /** The digest of this date listed the decisions: the next one need not. */
    public void markReported(LocalDate asOf) {
        jdbc.sql("UPDATE submission_decision SET digest_date = :asOf WHERE digest_date IS NULL").param("asOf", asOf)
                .update();
    }

    private static Map<String, Object> key(Held held) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("template", held.templateId());
        key.put("unit", held.unitCode());
        key.put("period", held.period().atDay(1));
        return key;
    }

    private static Held held(ResultSet rs, int n) throws SQLException {
        LocalDate period = rs.getObject("period_month", LocalDate.class);
        return new Held(rs.getLong("id"), rs.getString("file_name"), rs.getString("template_id"),
                rs.getString("unit_code"), period == null ? null : YearMonth.from(period), instant(rs, "received_at"),
                rs.getString("sender_email"), rs.getString("message_id"), rs.getString("held_reason"),
                rs.getString("stored_as"), SubmissionStatus.valueOf(rs.getString("status")));
    }

    static OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
