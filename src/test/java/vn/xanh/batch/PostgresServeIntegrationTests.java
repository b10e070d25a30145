package vn.xanh.batch;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.xanh.TestPostgres;

/** {@code xanh serve} on a real PostgreSQL server. */
class PostgresServeIntegrationTests extends ServeIntegrationTests {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        postgres = TestPostgres.start(registry);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }
}
