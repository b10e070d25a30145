package vn.xanh.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xanh.indicators.calc.Forecast;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;

/** The stored calculations, one row per indicator and as-of date. */
@Repository
public class IndicatorResultRepository {

    private final JdbcClient jdbc;

    public IndicatorResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the results of that date: computing a date twice leaves one set of rows. A rerun of a date
     * a nightly run stored corrects that night's results, and they stay the night's.
     */
    public void replace(LocalDate asOf, List<IndicatorResult> results, boolean nightly) {
        boolean night = nightly || jdbc.sql("SELECT COUNT(*) FROM indicator_result WHERE as_of = :asOf AND nightly")
                .param("asOf", asOf).query(Integer.class).single() > 0;
        jdbc.sql("DELETE FROM indicator_result WHERE as_of = :asOf").param("asOf", asOf).update();
        for (IndicatorResult r : results) {
            jdbc.sql("INSERT INTO indicator_result (as_of, code, indicator_value, target, numerator, denominator, units_reporting,"
                    + " units_expected, baseline_value, baseline_date, attainment, trajectory, status, projection, forecast,"
                    + " gain_per_year, regression, note, distance_travelled, time_elapsed, nightly) VALUES (:asOf, :code, :value,"
                    + " :target, :numerator, :denominator, :reporting, :expected, :baseline, :baselineDate, :attainment,"
                    + " :trajectory, :status, :projection, :forecast, :gain, :regression, :note, :distance, :elapsed, :nightly)")
                    .param("asOf", asOf).param("code", r.code()).param("value", Decimals.of(r.value()))
                    .param("target", Decimals.of(r.target())).param("numerator", Decimals.of(r.numerator()))
                    .param("denominator", Decimals.of(r.denominator())).param("reporting", r.unitsReporting())
                    .param("expected", r.unitsExpected()).param("baseline", Decimals.of(r.baselineValue()))
                    .param("baselineDate", r.baselineDate()).param("attainment", Decimals.of(r.attainment()))
                    .param("trajectory", Decimals.of(r.trajectory())).param("status", r.status().name())
                    .param("projection", Decimals.of(r.projection())).param("forecast", r.forecast().name())
                    .param("gain", Decimals.of(r.gainPerYear())).param("regression", r.regression())
                    .param("note", r.note()).param("distance", Decimals.of(r.distanceTravelled()))
                    .param("elapsed", Decimals.of(r.timeElapsed())).param("nightly", night).update();
        }
    }

    public List<IndicatorResult> find(LocalDate asOf) {
        return jdbc.sql("SELECT * FROM indicator_result WHERE as_of = :asOf ORDER BY code").param("asOf", asOf)
                .query(IndicatorResultRepository::map).list();
    }

    /**
     * The results of the most recent nightly run before this date, to tell what changed since: never
     * those of a rerun for a date no night ran.
     */
    public List<IndicatorResult> latestNightlyBefore(LocalDate asOf) {
        LocalDate previous = jdbc.sql("SELECT MAX(as_of) FROM indicator_result WHERE as_of < :asOf AND nightly")
                .param("asOf", asOf).query(LocalDate.class).optional().orElse(null);
        return previous == null ? List.of() : find(previous);
    }

    /** The result as it reads back once stored: each number to four decimals. */
    static IndicatorResult asStored(IndicatorResult r) {
        return new IndicatorResult(r.code(), r.asOf(), round(r.value()), round(r.target()), round(r.numerator()),
                round(r.denominator()), r.unitsReporting(), r.unitsExpected(), round(r.baselineValue()), r.baselineDate(),
                attainment(r.attainment()), round(r.trajectory()), r.status(), round(r.projection()), r.forecast(),
                round(r.gainPerYear()), r.regression(), r.note(), round(r.distanceTravelled()), round(r.timeElapsed()));
    }

    private static Double round(Double value) {
        return value == null ? null : Decimals.of(value).doubleValue();
    }

    /** Its column keeps two decimals of the four it is given. */
    private static Double attainment(Double value) {
        return value == null ? null : Decimals.of(value).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static IndicatorResult map(ResultSet rs, int row) throws SQLException {
        return new IndicatorResult(rs.getString("code"), rs.getObject("as_of", LocalDate.class), Decimals.read(rs, "indicator_value"),
                rs.getDouble("target"), Decimals.read(rs, "numerator"), Decimals.read(rs, "denominator"), rs.getInt("units_reporting"),
                rs.getInt("units_expected"), Decimals.read(rs, "baseline_value"), rs.getObject("baseline_date", LocalDate.class),
                Decimals.read(rs, "attainment"), Decimals.read(rs, "trajectory"), Status.valueOf(rs.getString("status")),
                Decimals.read(rs, "projection"), Forecast.valueOf(rs.getString("forecast")), Decimals.read(rs, "gain_per_year"),
                rs.getBoolean("regression"), rs.getString("note"), Decimals.read(rs, "distance_travelled"),
                Decimals.read(rs, "time_elapsed"));
    }
}
