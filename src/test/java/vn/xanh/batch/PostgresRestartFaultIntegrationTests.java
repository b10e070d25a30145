package vn.xanh.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.xanh.TestPorts;

/**
 * On a real PostgreSQL server that is stopped and started again (an update, a failover): the server is
 * down for a couple of seconds while the run carries on, then comes back on the same data and port.
 */
class PostgresRestartFaultIntegrationTests extends DatabaseFaultIntegrationTests {

    static Path data;
    static int port;
    static volatile EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("xanh-pg-data");
        port = TestPorts.free();
        postgres = server();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        commonProperties(registry, "postgres-restart");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private static EmbeddedPostgres server() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Override
    void cutConnections() throws Exception {
        postgres.close();
        Thread restart = new Thread(() -> {
            try {
                Thread.sleep(2000);
                postgres = server();
            }
            catch (Exception e) {
                throw new IllegalStateException("PostgreSQL did not come back", e);
            }
        }, "postgres-restart");
        restart.start();
    }
}
