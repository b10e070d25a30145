package vn.xanh.plan;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Closed months on the embedded H2 database. */
class H2ClosedMonthsIntegrationTests extends ClosedMonthsIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:closedmonths;DB_CLOSE_DELAY=-1");
        commonProperties(registry);
    }
}
