package vn.xanh.batch;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The crash tests on the embedded default: an H2 file opened by each process in AUTO_SERVER mode. */
class H2CrashRecoveryIntegrationTests extends CrashRecoveryIntegrationTests {

    @Override
    void freshDatabase() {
        // the file is created under this test's own folder on first use
    }

    @Override
    Map<String, String> databaseProperties() {
        return Map.of("spring.datasource.url", url());
    }

    @Override
    JdbcClient jdbc() {
        return JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url(), "sa", ""));
    }

    private String url() {
        return "jdbc:h2:file:" + root.resolve("data/xanh") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }
}
