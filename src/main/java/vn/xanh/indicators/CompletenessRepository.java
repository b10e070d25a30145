package vn.xanh.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xanh.indicators.calc.Completeness;
import vn.xanh.indicators.calc.ReportStatus;

/** Who reported, late or not at all, as assessed on each as-of date. */
@Repository
public class CompletenessRepository {

    /** A stored line, with the unit's kind. */
    public record Row(YearMonth period, String unitCode, String unitKind, ReportStatus status, LocalDate arrived,
            int silentMonths) {
    }

    private final JdbcClient jdbc;

    public CompletenessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(LocalDate asOf, List<Row> rows) {
        jdbc.sql("DELETE FROM completeness WHERE as_of = :asOf").param("asOf", asOf).update();
        for (Row row : rows) {
            jdbc.sql("INSERT INTO completeness (as_of, period_month, unit_code, unit_kind, status, arrived_at,"
                    + " silent_months) VALUES (:asOf, :period, :unit, :kind, :status, :arrived, :silent)")
                    .param("asOf", asOf).param("period", row.period().atDay(1)).param("unit", row.unitCode())
                    .param("kind", row.unitKind()).param("status", row.status().name())
                    .param("arrived", row.arrived() == null ? null : row.arrived().atStartOfDay())
                    .param("silent", row.silentMonths()).update();
        }
    }

    public List<Row> find(LocalDate asOf) {
        return jdbc.sql("SELECT period_month, unit_code, unit_kind, status, arrived_at, silent_months FROM completeness"
                + " WHERE as_of = :asOf ORDER BY period_month, unit_kind, unit_code").param("asOf", asOf)
                .query((rs, n) -> new Row(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2),
                        rs.getString(3), ReportStatus.valueOf(rs.getString(4)),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toLocalDateTime().toLocalDate(),
                        rs.getInt(6)))
                .list();
    }

    static Row row(Completeness.Line line, String kind) {
        return new Row(line.period(), line.unit(), kind, line.status(), line.arrived(), line.silentMonths());
    }
}
