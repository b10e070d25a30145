package vn.xanh.batch;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.xanh.TestPostgres;

/** The crash tests on a real PostgreSQL server shared by the processes, a fresh database for each test. */
class PostgresCrashRecoveryIntegrationTests extends CrashRecoveryIntegrationTests {

    static final AtomicInteger DATABASES = new AtomicInteger();

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    String database;

    @Override
    void freshDatabase() {
        database = "crash_" + DATABASES.incrementAndGet();
        JdbcClient.create(postgres.server().getPostgresDatabase()).sql("CREATE DATABASE " + database).update();
    }

    @Override
    Map<String, String> databaseProperties() {
        return Map.of("spring.datasource.url", postgres.server().getJdbcUrl("postgres", database),
                "spring.datasource.username", "postgres", "spring.datasource.password", "");
    }

    @Override
    JdbcClient jdbc() {
        return JdbcClient.create(postgres.server().getDatabase("postgres", database));
    }
}
