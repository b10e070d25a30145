package vn.xanh;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.demo.DemoSubmissions;

/**
 * A test on the demonstration's year as of 28 November 2026: its workbooks written into the context's own drop
 * folder (with {@code output/} beside it) and taken in once before the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DemoYearTestSupport extends DropFolderTestSupport {

    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Autowired
    protected DemoSubmissions demo;

    @DynamicPropertySource
    static void outputFolder(DynamicPropertyRegistry registry) {
        registry.add("xanh.output-dir", () -> input.resolveSibling("output").toString());
    }

    @BeforeAll
    void takeInTheYear() throws IOException {
        demo.write(input, TODAY);
        intake.ingestDropFolder();
    }
}
