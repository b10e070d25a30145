package vn.xanh.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xanh.indicators.calc.UnitShare;

/** Each unit's share of each indicator, per as-of date. */
@Repository
public class BreakdownRepository {

    /** A stored share with the indicator it belongs to. */
    public record Row(String code, UnitShare share) {
    }

    private final JdbcClient jdbc;

    public BreakdownRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(LocalDate asOf, List<Row> rows) {
        jdbc.sql("DELETE FROM indicator_breakdown WHERE as_of = :asOf").param("asOf", asOf).update();
        for (Row row : rows) {
            UnitShare s = row.share();
            jdbc.sql("INSERT INTO indicator_breakdown (as_of, code, unit_code, unit_value, numerator, denominator,"
                    + " shortfall, position) VALUES (:asOf, :code, :unit, :value, :numerator, :denominator, :shortfall,"
                    + " :position)")
                    .param("asOf", asOf).param("code", row.code()).param("unit", s.unit())
                    .param("value", Decimals.of(s.value())).param("numerator", Decimals.of(s.numerator()))
                    .param("denominator", Decimals.of(s.denominator())).param("shortfall", Decimals.of(s.shortfall()))
                    .param("position", s.position()).update();
        }
    }

    public List<Row> find(LocalDate asOf) {
        return jdbc.sql("SELECT code, unit_code, unit_value, numerator, denominator, shortfall, position"
                + " FROM indicator_breakdown WHERE as_of = :asOf ORDER BY code, position NULLS LAST, unit_code")
                .param("asOf", asOf).query(BreakdownRepository::map).list();
    }

    /** The rows as they read back once stored: four decimals, in the order of {@link #find}. */
    static List<Row> asStored(List<Row> rows) {
        return rows.stream().map(row -> {
            UnitShare s = row.share();
            return new Row(row.code(), new UnitShare(s.unit(), round(s.value()), round(s.numerator()),
                    round(s.denominator()), round(s.shortfall()), s.position()));
        }).sorted(java.util.Comparator.comparing(Row::code)
                .thenComparing(row -> row.share().position(), java.util.Comparator.nullsLast(Integer::compare))
                .thenComparing(row -> row.share().unit())).toList();
    }

    private static Double round(Double value) {
        return value == null ? null : Decimals.of(value).doubleValue();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        Integer position = rs.getObject("position") == null ? null : rs.getInt("position");
        return new Row(rs.getString("code"), new UnitShare(rs.getString("unit_code"), Decimals.read(rs, "unit_value"),
                Decimals.read(rs, "numerator"), Decimals.read(rs, "denominator"), Decimals.read(rs, "shortfall"), position));
    }
}
