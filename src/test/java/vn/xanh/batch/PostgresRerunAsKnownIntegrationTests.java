package vn.xanh.batch;

import java.io.IOException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestPostgres;

/** Reruns as known on a real PostgreSQL server. */
class PostgresRerunAsKnownIntegrationTests extends RerunAsKnownIntegrationTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres.register(registry);
        commonProperties(registry, "postgres");
    }
}
