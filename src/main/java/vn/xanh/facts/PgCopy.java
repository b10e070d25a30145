package vn.xanh.facts;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * PostgreSQL's bulk path for the repositories' batches of rows: {@code COPY … FROM STDIN} in CSV, in the
 * caller's transaction. A row a statement (even batched) costs the server a statement's execution each.
 */
final class PgCopy {

    private PgCopy() {
    }

    /** Whether the connection is PostgreSQL's, so that {@link #copy} can be used. */
    static boolean available(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    /** Copies the CSV rows into {@code target}: a table and its column list, as {@code COPY} names them. */
    static void copy(Connection connection, String target, CharSequence csv) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        }
        catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    /** A text field: quoted, so that an empty text stays empty; null as nothing, which CSV reads as NULL. */
    static StringBuilder field(StringBuilder csv, String text) {
        return text == null ? csv : csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
