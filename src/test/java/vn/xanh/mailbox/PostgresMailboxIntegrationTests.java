package vn.xanh.mailbox;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import vn.xanh.TestPostgres;

/** The mailbox round trip on a real PostgreSQL server, started by the test. */
class PostgresMailboxIntegrationTests extends MailboxIntegrationTests {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres = TestPostgres.start(registry);
        commonProperties(registry);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }
}
