package vn.xanh;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.intake.IntakeService;

/**
 * A test of what intake makes of the files in a drop folder of its own: {@code input} (not made yet) under a new
 * temporary folder for each application context, the intake service and the database.
 */
public abstract class DropFolderTestSupport {

    protected static Path input;

    @Autowired
    protected IntakeService intake;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void dropFolder(DynamicPropertyRegistry registry) throws IOException {
        input = TestFolders.input(registry, "xanh-drop");
    }
}
