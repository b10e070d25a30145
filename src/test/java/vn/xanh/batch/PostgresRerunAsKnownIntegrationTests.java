package vn.xanh.batch;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.xanh.TestPostgres;

/** Reruns as known on a real PostgreSQL server. */
class PostgresRerunAsKnownIntegrationTests extends RerunAsKnownIntegrationTests {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres = TestPostgres.start(registry);
        commonProperties(registry, "postgres");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }
}
