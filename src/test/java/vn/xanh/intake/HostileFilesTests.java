package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.CATALOG;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.facts.Problem;

/** Broken and hostile files are refused with their own reason, and nothing is read from them. */
class HostileFilesTests {

    @TempDir
    Path dir;

    final WorkbookParser parser = new WorkbookParser(CATALOG, WorkbookParserTests.NOVEMBER_28);

    @Test
    void refusesEachWithItsReason() throws Exception {
        Map<String, String> files = HostileFiles.writeAll(dir);

        files.forEach((name, reason) -> {
            ParsedWorkbook parsed = parser.parse(dir.resolve(name));
            assertThat(parsed.accepted()).as(name).isFalse();
            assertThat(parsed.facts()).as(name).isEmpty();
            assertThat(parsed.errors()).extracting(Problem::message).as(name).first().asString().startsWith(reason);
        });
    }
}
