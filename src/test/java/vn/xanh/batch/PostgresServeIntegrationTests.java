package vn.xanh.batch;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestPostgres;

/** {@code xanh serve} on a real PostgreSQL server. */
class PostgresServeIntegrationTests extends ServeIntegrationTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        postgres.register(registry);
    }
}
