package vn.xanh.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The numbers submitters reported, and the ones that count as of a date. */
@Repository
public class FactRepository {

    private final JdbcClient jdbc;

    public FactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long submissionId, List<Fact> facts) {
        for (Fact fact : facts) {
            jdbc.sql("INSERT INTO fact (submission_id, unit_code, period_month, metric, amount)"
                    + " VALUES (:submission, :unit, :period, :metric, :value)")
                    .param("submission", submissionId).param("unit", fact.unitCode())
                    .param("period", fact.period().atDay(1)).param("metric", fact.metric())
                    .param("value", fact.value()).update();
        }
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

    /** The numbers one submission brought, as read. */
    public List<Fact> ofSubmission(long submissionId) {
        return jdbc.sql("SELECT unit_code, period_month, metric, amount FROM fact WHERE submission_id = :id"
                + " ORDER BY unit_code, metric").param("id", submissionId)
                .query((rs, n) -> new Fact(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }
}
