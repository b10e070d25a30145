package vn.xanh.batch;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The crash tests on a real PostgreSQL server shared by the processes, a fresh database for each test. */
class PostgresCrashRecoveryIntegrationTests extends CrashRecoveryIntegrationTests {

    static final AtomicInteger DATABASES = new AtomicInteger();
    static EmbeddedPostgres postgres;

    String database;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    void freshDatabase() {
        database = "crash_" + DATABASES.incrementAndGet();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + database).update();
    }

    @Override
    Map<String, String> databaseProperties() {
        return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username", "postgres", "spring.datasource.password", "");
    }

    @Override
    JdbcClient jdbc() {
        return JdbcClient.create(postgres.getDatabase("postgres", database));
    }
}
