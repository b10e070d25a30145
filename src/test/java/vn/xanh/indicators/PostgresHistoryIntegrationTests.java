package vn.xanh.indicators;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.xanh.TestPostgres;

/** Ten months of history on a real PostgreSQL, started by the test. */
class PostgresHistoryIntegrationTests extends HistoryIntegrationTests {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres = TestPostgres.start(registry);
        prepare(registry, "postgres");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }
}
