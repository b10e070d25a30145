package vn.xanh.batch;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reruns as known on H2. */
class H2RerunAsKnownIntegrationTests extends RerunAsKnownIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        commonProperties(registry, "h2");
        String url = "jdbc:h2:file:" + input.getParent().resolve("data/xanh") + ";DB_CLOSE_ON_EXIT=FALSE";
        registry.add("spring.datasource.url", () -> url);
    }
}
