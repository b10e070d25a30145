package vn.xanh.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code xanh serve} on H2. */
class H2ServeIntegrationTests extends ServeIntegrationTests {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:serve;DB_CLOSE_DELAY=-1");
    }
}
