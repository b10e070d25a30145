package vn.xanh.plan;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The year of activity logs and the periodic reports on the embedded H2. */
class H2PlanHistoryIntegrationTests extends PlanHistoryIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:planhistory;DB_CLOSE_DELAY=-1");
    }
}
