package vn.xanh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test's own drop folder and output folder under a new temporary folder, given to its application context as
 * {@code xanh.input-dir} and {@code xanh.output-dir}, and the tables intake fills, emptied between tests.
 */
public final class TestFolders {

    private TestFolders() {
    }

    /** A new temporary folder whose {@code input/} and {@code output/} are the context's folders; returns it. */
    public static Path inputAndOutput(DynamicPropertyRegistry registry, String prefix) throws IOException {
        Path root = Files.createTempDirectory(prefix);
        registry.add("xanh.input-dir", () -> root.resolve("input").toString());
        registry.add("xanh.output-dir", () -> root.resolve("output").toString());
        return root;
    }

    /** The {@code input/} (not made yet) of a new temporary folder as the context's drop folder; returns it. */
    public static Path input(DynamicPropertyRegistry registry, String prefix) throws IOException {
        Path input = Files.createTempDirectory(prefix).resolve("input");
        registry.add("xanh.input-dir", input::toString);
        return input;
    }

    /** Deletes every row of the tables, in the order given (children before the rows they point at). */
    public static void empty(JdbcClient jdbc, String... tables) {
        for (String table : tables) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
