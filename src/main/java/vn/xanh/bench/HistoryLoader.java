package vn.xanh.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;

import java.util.List;

import javax.sql.DataSource;

import vn.xanh.demo.SubmissionGenerator;
import vn.xanh.facts.Fact;

/**
 * Puts years of accepted reports straight into the reporting tables, as if each had been taken in on
 * the fifth of the following month: the history workload measures the steps after intake, not intake.
 */
final class HistoryLoader {

    private HistoryLoader() {
    }

    static void load(DataSource dataSource, List<SubmissionGenerator.Report> reports) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement submission = connection.prepareStatement("INSERT INTO submission (id, file_name,"
                        + " sha256, template_id, unit_code, period_month, received_at, arrived_at, nothing_to_report,"
                        + " status, stored_as) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'ACCEPTED', ?)");
                PreparedStatement fact = connection.prepareStatement("INSERT INTO fact (submission_id, unit_code,"
                        + " period_month, metric, amount) VALUES (?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            long id = 1_000_000;
            for (SubmissionGenerator.Report report : reports) {
                id++;
                String name = report.unitCode().toLowerCase() + "_" + report.period() + ".xlsx";
                Timestamp arrived = Timestamp.from(report.period().plusMonths(1).atDay(5).atStartOfDay()
                        .toInstant(ZoneOffset.ofHours(7)));
                submission.setLong(1, id);
                submission.setString(2, name);
                submission.setString(3, String.format("%064x", id));
                submission.setString(4, report.templateId());
                submission.setString(5, report.unitCode());
                submission.setDate(6, Date.valueOf(report.period().atDay(1)));
                submission.setTimestamp(7, arrived);
                submission.setTimestamp(8, arrived);
                submission.setString(9, "processed/" + name);
                submission.addBatch();
                for (Fact f : report.facts()) {
                    fact.setLong(1, id);
                    fact.setString(2, f.unitCode());
                    fact.setDate(3, Date.valueOf(f.period().atDay(1)));
                    fact.setString(4, f.metric());
                    fact.setBigDecimal(5, f.value());
                    fact.addBatch();
                }
                if (id % 500 == 0) {
                    submission.executeBatch();
                    fact.executeBatch();
                }
            }
            submission.executeBatch();
            fact.executeBatch();
            connection.commit();
        }
    }
}
