package vn.xanh.facts;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written by the database's bulk path, in the caller's transaction: {@code COPY … FROM STDIN} in CSV on
 * PostgreSQL (a row a statement, even batched, costs the server a statement's execution each), JDBC batches
 * elsewhere. A row's values are numbers, texts, dates or nulls, in the target's column order.
 */
final class BulkRows {

    private static final int ROWS_PER_BATCH = 1000;

    private BulkRows() {
    }

    /** Inserts the rows into {@code target}: a table and its column list, as {@code INSERT} and {@code COPY} name them. */
    static void insert(JdbcTemplate template, String target, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection, target, rows);
            }
            else {
                batch(connection, target, rows);
            }
            return null;
        });
    }

    private static void batch(Connection connection, String target, List<Object[]> rows) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(rows.get(0).length, "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + target + " VALUES (" + marks + ")")) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
                if (++pending == ROWS_PER_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void copy(Connection connection, String target, List<Object[]> rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 48);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                field(csv, row[i]);
            }
            csv.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        }
        catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    /** A text quoted, so that an empty text stays empty; null as nothing, which CSV reads as NULL. */
    private static void field(StringBuilder csv, Object value) {
        if (value instanceof String text) {
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        else if (value instanceof BigDecimal number) {
            csv.append(number.toPlainString());
        }
        else if (value != null) {
            csv.append(value);
        }
    }
}
