package vn.xanh.plan;

import java.io.IOException;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestPostgres;

/** Closed months on a real PostgreSQL server, started by the test. */
class PostgresClosedMonthsIntegrationTests extends ClosedMonthsIntegrationTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres.register(registry);
        commonProperties(registry);
    }
}
