package vn.xanh.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What was found wrong or doubtful in each submission, as the clerk is told it. */
@Repository
public class ProblemRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ProblemRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The problems of several submissions, in order, in the database's bulk path ({@code COPY} on PostgreSQL). */
    public void insert(Map<Long, List<Problem>> problemsById) {
        List<Object[]> rows = new ArrayList<>();
        problemsById.forEach((id, problems) -> problems.forEach(problem -> rows.add(new Object[] {id,
                problem.severity().name(), problem.sheet(), problem.cell(), problem.metric(),
                truncate(problem.message(), 2000)})));
        BulkRows.insert(template, "submission_problem (submission_id, severity, sheet, cell, metric, message)", rows);
    }

    /** A submission's problems, in the order they were found. */
    public List<Problem> of(long submissionId) {
        return jdbc.sql("SELECT severity, sheet, cell, metric, message FROM submission_problem"
                + " WHERE submission_id = :id ORDER BY id").param("id", submissionId)
                .query((rs, n) -> new Problem(Problem.Severity.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
