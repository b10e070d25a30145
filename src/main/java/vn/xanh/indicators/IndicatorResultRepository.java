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
            IndicatorResult.Measured m = r.measured();
            IndicatorResult.Progress p = r.progress();
            IndicatorResult.Outlook o = r.outlook();
            jdbc.sql("INSERT INTO indicator_result (as_of, code, indicator_value, target, numerator, denominator, units_reporting,"
                    + " units_expected, baseline_value, baseline_date, attainment, trajectory, status, projection, forecast,"
                    + " gain_per_year, regression, note, distance_travelled, time_elapsed, nightly) VALUES (:asOf, :code, :value,"
                    + " :target, :numerator, :denominator, :reporting, :expected, :baseline, :baselineDate, :attainment,"
                    + " :trajectory, :status, :projection, :forecast, :gain, :regression, :note, :distance, :elapsed, :nightly)")
                    .param("asOf", asOf).param("code", r.code()).param("value", Decimals.of(m.value()))
                    .param("target", Decimals.of(m.target())).param("numerator", Decimals.of(m.numerator()))
                    .param("denominator", Decimals.of(m.denominator())).param("reporting", m.unitsReporting())
                    .param("expected", m.unitsExpected()).param("baseline", Decimals.of(p.baselineValue()))
                    .param("baselineDate", p.baselineDate()).param("attainment", Decimals.of(p.attainment()))
                    .param("trajectory", Decimals.of(p.trajectory())).param("status", r.status().name())
                    .param("projection", Decimals.of(o.projection())).param("forecast", o.forecast().name())
                    .param("gain", Decimals.of(o.gainPerYear())).param("regression", r.regression())
                    .param("note", r.note()).param("distance", Decimals.of(p.distanceTravelled()))
                    .param("elapsed", Decimals.of(p.timeElapsed())).param("nightly", night).update();
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
        IndicatorResult.Measured m = r.measured();
        IndicatorResult.Progress p = r.progress();
        IndicatorResult.Outlook o = r.outlook();
        return stored(r.code(), r.asOf(), r.status(),
                new IndicatorResult.Measured(round(m.value()), round(m.target()), round(m.numerator()),
                        round(m.denominator()), m.unitsReporting(), m.unitsExpected()),
                new IndicatorResult.Progress(round(p.baselineValue()), p.baselineDate(), round(p.trajectory()),
                        attainment(p.attainment()), round(p.distanceTravelled()), round(p.timeElapsed())),
                new IndicatorResult.Outlook(round(o.projection()), o.forecast(), round(o.gainPerYear())),
                r.regression(), r.note());
    }

    private static Double round(Double value) {
        return value == null ? null : Decimals.of(value).doubleValue();
    }

    /** Its column keeps two decimals of the four it is given. */
    private static Double attainment(Double value) {
        return value == null ? null : Decimals.of(value).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static IndicatorResult map(ResultSet rs, int row) throws SQLException {
        return stored(rs.getString("code"), rs.getObject("as_of", LocalDate.class), Status.valueOf(rs.getString("status")),
                new IndicatorResult.Measured(Decimals.read(rs, "indicator_value"), rs.getDouble("target"),
                        Decimals.read(rs, "numerator"), Decimals.read(rs, "denominator"), rs.getInt("units_reporting"),
                        rs.getInt("units_expected")),
                new IndicatorResult.Progress(Decimals.read(rs, "baseline_value"),
                        rs.getObject("baseline_date", LocalDate.class), Decimals.read(rs, "trajectory"),
                        Decimals.read(rs, "attainment"), Decimals.read(rs, "distance_travelled"),
                        Decimals.read(rs, "time_elapsed")),
                new IndicatorResult.Outlook(Decimals.read(rs, "projection"), Forecast.valueOf(rs.getString("forecast")),
                        Decimals.read(rs, "gain_per_year")),
                rs.getBoolean("regression"), rs.getString("note"));
    }

    /** A result as kept: judged, with its note, fallen back or not, the parts exactly as stored. */
    private static IndicatorResult stored(String code, LocalDate asOf, Status status, IndicatorResult.Measured measured,
            IndicatorResult.Progress progress, IndicatorResult.Outlook outlook, boolean regression, String note) {
        IndicatorResult result = IndicatorResult.judged(code, asOf, status, measured, progress, outlook).noted(note);
        return regression ? result.fellBack() : result;
    }
}
