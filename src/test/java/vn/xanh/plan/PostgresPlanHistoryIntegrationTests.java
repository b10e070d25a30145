package vn.xanh.plan;

import java.io.IOException;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestPostgres;

/** The year of activity logs and the periodic reports on a real PostgreSQL, started by the test. */
class PostgresPlanHistoryIntegrationTests extends PlanHistoryIntegrationTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres.register(registry);
    }
}
