package vn.xanh.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xanh.catalog.Names;

/** The green models organisations report; each counted once by type and name, whoever reports it again. */
@Repository
public class GreenModelRepository {

    private final JdbcClient jdbc;

    public GreenModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long submissionId, List<GreenModel> models) {
        for (GreenModel model : models) {
            jdbc.sql("INSERT INTO green_model (submission_id, unit_code, period_month, model_type, name, name_key,"
                    + " place, recognised_on) VALUES (:submission, :unit, :period, :type, :name, :key, :place, :on)")
                    .param("submission", submissionId).param("unit", model.unitCode())
                    .param("period", model.reportedFor().atDay(1)).param("type", model.type())
                    .param("name", model.name()).param("key", Names.fold(model.name()))
                    .param("place", model.place()).param("on", model.recognisedOn()).update();
        }
    }

    /**
     * The models recognised in accepted reports for months up to the as-of date's month, each once: the
     * first report that listed it names it. Ordered by month reported, type and name.
     */
    public List<GreenModel> recognisedAsOf(LocalDate asOf) {
        return jdbc.sql("SELECT m.model_type, m.name, m.place, m.recognised_on, m.unit_code, m.period_month"
                + " FROM green_model m JOIN submission s ON s.id = m.submission_id"
                + " WHERE s.status = 'ACCEPTED' AND m.period_month <= :last"
                + " AND m.id = (SELECT MIN(o.id) FROM green_model o JOIN submission os ON os.id = o.submission_id"
                + "   WHERE os.status = 'ACCEPTED' AND o.period_month <= :last"
                + "   AND o.model_type = m.model_type AND o.name_key = m.name_key)"
                + " ORDER BY m.period_month, m.model_type, m.name_key")
                .param("last", YearMonth.from(asOf).atDay(1))
                .query((rs, n) -> new GreenModel(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5),
                        YearMonth.from(rs.getObject(6, LocalDate.class))))
                .list();
    }
}
