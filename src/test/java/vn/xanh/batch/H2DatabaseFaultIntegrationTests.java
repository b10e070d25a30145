package vn.xanh.batch;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On the embedded H2 file database: {@code SHUTDOWN} closes it under every open connection; the next connection opens it again. */
class H2DatabaseFaultIntegrationTests extends DatabaseFaultIntegrationTests {

    static String url;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        commonProperties(registry, "h2");
        url = "jdbc:h2:file:" + root.resolve("data/xanh") + ";DB_CLOSE_ON_EXIT=FALSE";
        registry.add("spring.datasource.url", () -> url);
    }

    @Override
    void cutConnections() throws Exception {
        try (Connection admin = DriverManager.getConnection(url, "sa", ""); Statement statement = admin.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
