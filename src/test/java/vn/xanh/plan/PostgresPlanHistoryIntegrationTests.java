package vn.xanh.plan;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.xanh.TestPostgres;

/** The year of activity logs and the periodic reports on a real PostgreSQL, started by the test. */
class PostgresPlanHistoryIntegrationTests extends PlanHistoryIntegrationTests {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres = TestPostgres.start(registry);
        folders(registry);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }
}
