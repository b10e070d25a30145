package vn.xanh.indicators;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A new installation's first weeks on the embedded default, an H2 file. */
class H2FirstMonthsIntegrationTests extends FirstMonthsIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        prepare(registry, "h2");
        String url = "jdbc:h2:file:" + root.resolve("data/xanh");
        registry.add("spring.datasource.url", () -> url);
    }
}
