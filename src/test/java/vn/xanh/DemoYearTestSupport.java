package vn.xanh;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.demo.DemoSubmissions;
import vn.xanh.intake.IntakeService;

/**
 * A test on the demonstration's year as of 28 November 2026: its workbooks written into the context's own
 * {@code input/} (under a new temporary folder, with {@code output/} beside it) and taken in once before the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DemoYearTestSupport {

    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    protected static Path root;

    @Autowired
    protected DemoSubmissions demo;

    @Autowired
    protected IntakeService intake;

    @DynamicPropertySource
    static void demoFolders(DynamicPropertyRegistry registry) throws IOException {
        root = TestFolders.inputAndOutput(registry, "xanh-demo-year");
    }

    @BeforeAll
    void takeInTheYear() throws IOException {
        demo.write(root.resolve("input"), TODAY);
        intake.ingestDropFolder();
    }
}
