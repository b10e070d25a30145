package vn.xanh.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The numbers submitters reported, and the ones that count as of a date. */
@Repository
public class FactRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public FactRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The facts of one submission. */
    public void insert(long submissionId, List<Fact> facts) {
        insert(Map.of(submissionId, facts));
    }

    /**
     * The facts of several submissions in the database's bulk path: {@code COPY} on PostgreSQL, a JDBC batch
     * elsewhere, in the caller's transaction. A statement per fact, then one per submission, was most of
     * intake's database time.
     */
    public void insert(Map<Long, List<Fact>> factsBySubmission) {
        List<Object[]> rows = new ArrayList<>();
        factsBySubmission.forEach((id, facts) -> facts.forEach(fact -> rows.add(new Object[] {id, fact.unitCode(),
                fact.period().atDay(1), fact.metric(), fact.value()})));
        BulkRows.insert(template, "fact (submission_id, unit_code, period_month, metric, amount)", rows);
    }

    /**
     * The facts of accepted submissions for months up to the as-of date's month, ordered so that
     * the output is the same on every run.
     */
    public List<EffectiveFact> effectiveAsOf(LocalDate asOf) {
        return effectiveAsOf(asOf, AsKnown.now());
    }

    /** The same, counting only the submissions known as said. */
    public List<EffectiveFact> effectiveAsOf(LocalDate asOf, AsKnown known) {
        return jdbc.sql("SELECT f.unit_code, f.period_month, f.metric, f.amount, s.file_name FROM fact f"
                + " JOIN submission s ON s.id = f.submission_id"
                + " WHERE " + known.countedCondition() + " AND f.period_month <= :last"
                + " ORDER BY f.unit_code, f.period_month, f.metric")
                .param("last", YearMonth.from(asOf).atDay(1)).param("known", known.known()).param("decided", known.decided())
                .query((rs, n) -> new EffectiveFact(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    /** The facts that count for these units in months before {@code period}, to compare a new report with. */
    public List<EffectiveFact> before(List<String> unitCodes, YearMonth period) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT f.unit_code, f.period_month, f.metric, f.amount, s.file_name FROM fact f"
                + " JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED' AND f.period_month < :period AND f.unit_code IN (:units)"
                + " ORDER BY f.unit_code, f.period_month, f.metric")
                .param("period", period.atDay(1)).param("units", unitCodes)
                .query((rs, n) -> new EffectiveFact(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    /** A fact that counts, with the submission it came in: what a later correction in the same run replaces. */
    public record Counted(long submissionId, String templateId, String submissionUnit, YearMonth submissionPeriod,
            EffectiveFact fact) {
    }

    /** The facts that count for these units in the months from {@code from} up to before {@code period}. */
    public List<Counted> between(Collection<String> unitCodes, YearMonth from, YearMonth period) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT f.unit_code, f.period_month, f.metric, f.amount, s.file_name, s.id, s.template_id,"
                + " s.unit_code, s.period_month FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED' AND f.period_month >= :from AND f.period_month < :period"
                + " AND f.unit_code IN (:units) ORDER BY f.unit_code, f.period_month, f.metric")
                .param("from", from.atDay(1)).param("period", period.atDay(1)).param("units", unitCodes)
                .query((rs, n) -> new Counted(rs.getLong(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, LocalDate.class) == null ? null
                                : YearMonth.from(rs.getObject(9, LocalDate.class)),
                        new EffectiveFact(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                                rs.getString(3), rs.getBigDecimal(4), rs.getString(5))))
                .list();
    }

    /** The first month of any fact that counts, for each of these units that has one. */
    public Map<String, YearMonth> earliest(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, YearMonth> earliest = new HashMap<>();
        jdbc.sql("SELECT f.unit_code, MIN(f.period_month) FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED' AND f.unit_code IN (:units) GROUP BY f.unit_code")
                .param("units", unitCodes)
                .query(rs -> {
                    earliest.put(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)));
                });
        return earliest;
    }

    /** The numbers one submission brought, as read. */
    public List<Fact> ofSubmission(long submissionId) {
        return jdbc.sql("SELECT unit_code, period_month, metric, amount FROM fact WHERE submission_id = :id"
                + " ORDER BY unit_code, metric").param("id", submissionId)
                .query((rs, n) -> new Fact(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }
}
