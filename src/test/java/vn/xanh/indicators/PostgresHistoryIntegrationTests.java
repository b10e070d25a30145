package vn.xanh.indicators;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Ten months of history on a real PostgreSQL, started by the test. */
class PostgresHistoryIntegrationTests extends HistoryIntegrationTests {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        prepare(registry, "postgres");
        String url = postgres.getJdbcUrl("postgres", "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }
}
