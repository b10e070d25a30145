package vn.xanh.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The numbers submitters reported, and the ones that count as of a date. */
@Repository
public class FactRepository {

    private final JdbcClient jdbc;

    public FactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of one submission. */
    public void insert(long submissionId, List<Fact> facts) {
        insert(Map.of(submissionId, facts));
    }

    /**
     * The facts of several submissions, a hundred rows to a statement: a statement per fact, then one per
     * submission, was most of intake's database time.
     */
    public void insert(Map<Long, List<Fact>> factsBySubmission) {
        List<Map.Entry<Long, Fact>> rows = new java.util.ArrayList<>();
        factsBySubmission.forEach((id, facts) -> facts.forEach(fact -> rows.add(Map.entry(id, fact))));
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Map.Entry<Long, Fact>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO fact (submission_id, unit_code, period_month, metric,"
                    + " amount) VALUES ");
            Map<String, Object> params = new HashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                Fact fact = chunk.get(i).getValue();
                sql.append(i == 0 ? "" : ", ").append("(:submission").append(i).append(", :unit").append(i)
                        .append(", :period").append(i).append(", :metric").append(i).append(", :value").append(i)
                        .append(')');
                params.put("submission" + i, chunk.get(i).getKey());
                params.put("unit" + i, fact.unitCode());
                params.put("period" + i, fact.period().atDay(1));
                params.put("metric" + i, fact.metric());
                params.put("value" + i, fact.value());
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    private static final int ROWS_PER_INSERT = 100;

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
                .param("last", YearMonth.from(asOf).atDay(1)).param("known", known.known())
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

    /** The numbers one submission brought, as read. */
    public List<Fact> ofSubmission(long submissionId) {
        return jdbc.sql("SELECT unit_code, period_month, metric, amount FROM fact WHERE submission_id = :id"
                + " ORDER BY unit_code, metric").param("id", submissionId)
                .query((rs, n) -> new Fact(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }
}
