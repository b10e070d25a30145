package vn.xanh.batch;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestPostgres;

/** On a real PostgreSQL server: every client connection is terminated by the server ({@code pg_terminate_backend}). */
class PostgresDatabaseFaultIntegrationTests extends DatabaseFaultIntegrationTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        postgres.register(registry);
        commonProperties(registry, "postgres");
    }

    @Override
    void cutConnections() throws Exception {
        try (Connection admin = postgres.server().getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                    + " AND backend_type = 'client backend'");
        }
    }
}
