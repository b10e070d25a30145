package vn.xanh.facts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which periodic reports the nightly run has written, and for which run's date. */
@Repository
public class PeriodicReportRepository {

    private final JdbcClient jdbc;

    public PeriodicReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean written(String periodKey) {
        return jdbc.sql("SELECT COUNT(*) FROM periodic_report WHERE period_key = :key").param("key", periodKey)
                .query(Integer.class).single() > 0;
    }

    /** The date of the nightly run that issued the period's report, if one did. */
    public java.util.Optional<LocalDate> issuedFor(String periodKey) {
        return jdbc.sql("SELECT written_for FROM periodic_report WHERE period_key = :key").param("key", periodKey)
                .query(LocalDate.class).optional();
    }

    public void record(String periodKey, LocalDate writtenFor, Path file) {
        jdbc.sql("INSERT INTO periodic_report (period_key, written_for, file) VALUES (:key, :date, :file)")
                .param("key", periodKey).param("date", writtenFor).param("file", file.toString()).update();
    }

    /** The reports written by the run of this date, in the order of their periods. */
    public List<Path> writtenFor(LocalDate date) {
        return jdbc.sql("SELECT file FROM periodic_report WHERE written_for = :date ORDER BY period_key")
                .param("date", date).query(String.class).list().stream().map(Path::of).toList();
    }
}
