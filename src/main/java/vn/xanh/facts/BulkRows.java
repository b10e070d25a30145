package vn.xanh.facts;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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

    /**
     * Inserts the rows into {@code table}'s {@code columns} (a list such as {@code "(a, b)"}), its identity column
     * {@code id} given by the database; returns the ids in the rows' order, ascending. On PostgreSQL the ids are
     * drawn from the column's sequence in one statement and the rows then copied with them, where an
     * {@code INSERT … RETURNING} a row cost the server a statement's execution for each.
     */
    static List<Long> insertReturningIds(JdbcTemplate template, String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return template.execute((ConnectionCallback<List<Long>>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return batchReturningIds(connection, table + " " + columns, rows);
            }
            List<Long> ids = newIds(connection, table, rows.size());
            List<Object[]> withIds = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = new Object[rows.get(i).length + 1];
                row[0] = ids.get(i);
                System.arraycopy(rows.get(i), 0, row, 1, rows.get(i).length);
                withIds.add(row);
            }
            copy(connection, table + " (id, " + columns.substring(columns.indexOf('(') + 1), withIds);
            return ids;
        });
    }

    private static List<Long> newIds(Connection connection, String table, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, 'id'))"
                + " FROM generate_series(1, ?) ORDER BY 1")) {
            next.setString(1, table);
            next.setInt(2, count);
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Long> batchReturningIds(Connection connection, String target, List<Object[]> rows)
            throws SQLException {
        String marks = String.join(", ", Collections.nCopies(rows.get(0).length, "?"));
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + target + " VALUES (" + marks + ")",
                new String[] {"id"})) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("The database gave " + ids.size() + " ids for " + rows.size() + " rows");
        }
        return ids;
    }

    /**
     * Sets one text column of the rows with these ids: one statement joining an array of ids and values on
     * PostgreSQL, a batch of updates elsewhere.
     */
    static void setById(JdbcTemplate template, String table, String column, Map<Long, String> values) {
        if (values.isEmpty()) {
            return;
        }
        Long[] ids = values.keySet().toArray(Long[]::new);
        String[] texts = values.values().toArray(String[]::new);
        template.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " t SET " + column
                        + " = u.v FROM unnest(?, ?) AS u(id, v) WHERE t.id = u.id")) {
                    update.setArray(1, connection.createArrayOf("bigint", ids));
                    update.setArray(2, connection.createArrayOf("varchar", texts));
                    update.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + column
                    + " = ? WHERE id = ?")) {
                for (int i = 0; i < ids.length; i++) {
                    update.setString(1, texts[i]);
                    update.setLong(2, ids[i]);
                    update.addBatch();
                }
                update.executeBatch();
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
