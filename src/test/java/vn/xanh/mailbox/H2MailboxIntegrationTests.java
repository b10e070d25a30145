package vn.xanh.mailbox;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The mailbox round trip on the embedded H2 database. */
class H2MailboxIntegrationTests extends MailboxIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:mailbox;DB_CLOSE_DELAY=-1");
        commonProperties(registry);
    }
}
