package vn.xanh.mailbox;

import java.io.IOException;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestPostgres;

/** Who may change the numbers by mail, on a real PostgreSQL server started by the test. */
class PostgresMailTrustIntegrationTests extends MailTrustIntegrationTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres.register(registry);
        commonProperties(registry);
    }
}
