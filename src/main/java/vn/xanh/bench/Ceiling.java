package vn.xanh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.postgresql.PGConnection;

import vn.xanh.facts.Fact;

/**
 * The most the machine allows for the same work: every workbook read by the fastest reader on the JVM
 * into nothing (fastexcel-reader for {@code .xlsx}, POI's HSSF event API for {@code .xls}), and the
 * facts written by the database's bulk path (PostgreSQL {@code COPY}, a JDBC batch on H2), into a table
 * of the bench's own. No checks, no guards, no file moves: what the pipeline is measured against.
 */
final class Ceiling {

    private Ceiling() {
    }

    /** Reads every cell of every file; returns the spreadsheet rows seen. */
    static long read(List<Path> files) throws IOException {
        long rows = 0;
        for (Path file : files) {
            rows += file.getFileName().toString().endsWith(".xls") ? readXls(file) : readXlsx(file);
        }
        return rows;
    }

    private static long readXlsx(Path file) throws IOException {
        long rows = 0;
        long cells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Iterator<Sheet> sheets = workbook.getSheets().iterator(); sheets.hasNext();) {
                try (Stream<Row> stream = sheets.next().openStream()) {
                    for (Iterator<Row> it = stream.iterator(); it.hasNext();) {
                        cells += it.next().getPhysicalCellCount();
                        rows++;
                    }
                }
            }
        }
        return cells >= 0 ? rows : 0;
    }

    private static long readXls(Path file) throws IOException {
        AtomicLong rows = new AtomicLong();
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(record -> {
            if (record instanceof RowRecord) {
                rows.incrementAndGet();
            }
        });
        try (InputStream in = Files.newInputStream(file); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
        return rows.get();
    }

    /** Writes the facts in one bulk operation into {@code bench_fact}, created (and emptied) here. */
    static void write(DataSource dataSource, List<Fact> facts) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_fact (unit_code VARCHAR(64) NOT NULL, period_month DATE"
                        + " NOT NULL, metric VARCHAR(64) NOT NULL, amount NUMERIC(19, 4) NOT NULL)");
                ddl.execute("DELETE FROM bench_fact");
            }
            connection.commit();
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection, facts);
            }
            else {
                batch(connection, facts);
            }
            connection.commit();
        }
    }

    private static void batch(Connection connection, List<Fact> facts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO bench_fact (unit_code, period_month, metric, amount) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Fact fact : facts) {
                insert.setString(1, fact.unitCode());
                insert.setDate(2, Date.valueOf(fact.period().atDay(1)));
                insert.setString(3, fact.metric());
                insert.setBigDecimal(4, fact.value());
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** PostgreSQL's COPY, through the driver's CopyManager, as intake writes its facts. */
    private static void copy(Connection connection, List<Fact> facts) throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(facts.size() * 48);
        for (Fact fact : facts) {
            csv.append(fact.unitCode()).append(',').append(fact.period().atDay(1)).append(',').append(fact.metric())
                    .append(',').append(fact.value().toPlainString()).append('\n');
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_fact (unit_code, period_month, metric,"
                + " amount) FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
    }
}
