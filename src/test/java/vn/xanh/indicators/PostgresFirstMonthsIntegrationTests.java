package vn.xanh.indicators;

import java.io.IOException;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestPostgres;

/** A new installation's first weeks on a real PostgreSQL, started by the test. */
class PostgresFirstMonthsIntegrationTests extends FirstMonthsIntegrationTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres.register(registry);
        prepare(registry, "postgres");
    }
}
