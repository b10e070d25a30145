package vn.xanh.intake;

import java.io.IOException;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestPostgres;

/** Activity logs with the rows people put around the table, on a real PostgreSQL started by the test. */
class PostgresActivityLogSurroundingsTests extends ActivityLogSurroundingsTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres.register(registry);
    }
}
