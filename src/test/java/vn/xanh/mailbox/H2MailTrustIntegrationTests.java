package vn.xanh.mailbox;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Who may change the numbers by mail, on the embedded H2 database. */
class H2MailTrustIntegrationTests extends MailTrustIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:trust;DB_CLOSE_DELAY=-1");
        commonProperties(registry);
    }
}
