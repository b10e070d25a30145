package vn.xanh.mailbox;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Strange mail on the embedded H2 database. */
class H2StrangeMailIntegrationTests extends StrangeMailIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:strangemail;DB_CLOSE_DELAY=-1");
        commonProperties(registry);
    }
}
