package vn.xanh.batch;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The nightly job on the embedded default: an H2 file database. */
class H2NightlyJobIntegrationTests extends NightlyJobIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        commonProperties(registry, "h2");
        String url = "jdbc:h2:file:" + input.getParent().resolve("data/xanh") + ";DB_CLOSE_ON_EXIT=FALSE";
        registry.add("spring.datasource.url", () -> url);
    }
}
