package vn.xanh.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activity logs of organisations and party cells, and which months each of them reported. */
@Repository
public class ActivityRepository {

    private final JdbcClient jdbc;

    public ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long submissionId, List<Activity> activities) {
        for (Activity a : activities) {
            jdbc.sql("INSERT INTO activity (submission_id, unit_code, period_month, row_number, held_on, form, content,"
                    + " task_area, place, participants, minutes, quantity, evidence) VALUES (:submission, :unit,"
                    + " :period, :row, :held, :form, :content, :area, :place, :participants, :minutes, :quantity,"
                    + " :evidence)")
                    .param("submission", submissionId).param("unit", a.unitCode()).param("period", a.period().atDay(1))
                    .param("row", a.rowNumber()).param("held", a.heldOn()).param("form", a.form())
                    .param("content", a.content()).param("area", a.taskArea()).param("place", a.place())
                    .param("participants", a.participants()).param("minutes", a.minutes())
                    .param("quantity", a.quantity()).param("evidence", a.evidence()).update();
        }
    }

    /**
     * The activities of accepted reports for the months from {@code first} to {@code last}, a correction
     * having replaced the report it corrects; ordered so that every run lists them alike.
     */
    public List<Activity> between(YearMonth first, YearMonth last) {
        return jdbc.sql("SELECT a.unit_code, a.period_month, a.row_number, a.held_on, a.form, a.content, a.task_area,"
                + " a.place, a.participants, a.minutes, a.quantity, a.evidence FROM activity a"
                + " JOIN submission s ON s.id = a.submission_id"
                + " WHERE s.status = 'ACCEPTED' AND a.period_month BETWEEN :first AND :last"
                + " ORDER BY a.held_on, a.unit_code, a.row_number")
                .param("first", first.atDay(1)).param("last", last.atDay(1))
                .query(ActivityRepository::map).list();
    }

    /** A unit that sent its activity log for a month (with activities or "Không phát sinh"). */
    public record Reported(String unitCode, YearMonth period) {
    }

    /** Who sent an accepted report of this template for each month from {@code first} to {@code last}. */
    public List<Reported> reported(String templateId, YearMonth first, YearMonth last) {
        return jdbc.sql("SELECT DISTINCT unit_code, period_month FROM submission WHERE template_id = :template"
                + " AND status IN ('ACCEPTED', 'SUPERSEDED') AND period_month BETWEEN :first AND :last"
                + " ORDER BY unit_code, period_month")
                .param("template", templateId).param("first", first.atDay(1)).param("last", last.atDay(1))
                .query((rs, n) -> new Reported(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class))))
                .list();
    }

    private static Activity map(ResultSet rs, int row) throws SQLException {
        return new Activity(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getInt(3),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                (Integer) rs.getObject(9, Integer.class), (Integer) rs.getObject(10, Integer.class),
                (Integer) rs.getObject(11, Integer.class), rs.getString(12));
    }
}
