package vn.xanh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

class BenchDatabaseTests {

    @Test
    void dropsEverySchemaItMadeOnAServerOfYourOwnAndNothingElse() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            // given: a server of one's own, with a schema of its own, as XANH_BENCH_PG_URL names it
            String url = server.getJdbcUrl("postgres", "postgres");
            execute(url, "CREATE SCHEMA theirs");
            BenchDatabase database = BenchDatabase.postgres(url, "postgres", "");

            // when: the bench makes a schema for the warm-up and each measured round, then ends
            database.fresh("warmup");
            database.fresh("intake1");
            database.fresh("intake2");
            assertThat(schemas(url)).hasSize(4);
            database.close();

            // then
            assertThat(schemas(url)).containsExactly("theirs");
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> schemas(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT schema_name FROM information_schema.schemata"
                        + " WHERE schema_name = 'theirs' OR schema_name LIKE 'xanh_bench_%' ORDER BY schema_name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
