package vn.xanh.facts;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
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
        List<Map.Entry<Long, Problem>> rows = new ArrayList<>();
        problemsById.forEach((id, problems) -> problems.forEach(problem -> rows.add(Map.entry(id, problem))));
        if (rows.isEmpty()) {
            return;
        }
        String target = "submission_problem (submission_id, severity, sheet, cell, metric, message)";
        template.execute((ConnectionCallback<Void>) connection -> {
            if (PgCopy.available(connection)) {
                StringBuilder csv = new StringBuilder();
                for (Map.Entry<Long, Problem> row : rows) {
                    Problem problem = row.getValue();
                    csv.append(row.getKey()).append(',').append(problem.severity().name()).append(',');
                    PgCopy.field(csv, problem.sheet()).append(',');
                    PgCopy.field(csv, problem.cell()).append(',');
                    PgCopy.field(csv, problem.metric()).append(',');
                    PgCopy.field(csv, truncate(problem.message(), 2000)).append('\n');
                }
                PgCopy.copy(connection, target, csv);
                return null;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + target
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<Long, Problem> row : rows) {
                    Problem problem = row.getValue();
                    insert.setLong(1, row.getKey());
                    insert.setString(2, problem.severity().name());
                    insert.setString(3, problem.sheet());
                    insert.setString(4, problem.cell());
                    insert.setString(5, problem.metric());
                    insert.setString(6, truncate(problem.message(), 2000));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
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
