package vn.xanh.intake;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Activity logs with the rows people put around the table, on the embedded H2. */
class H2ActivityLogSurroundingsTests extends ActivityLogSurroundingsTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:surroundings;DB_CLOSE_DELAY=-1");
    }
}
