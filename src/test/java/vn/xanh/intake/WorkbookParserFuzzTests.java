package vn.xanh.intake;

import static vn.xanh.TestWorkbooks.CATALOG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.xanh.intake.internal.workbook.FuzzSeeds;

/**
 * The whole way from the bytes someone sent to what is recorded: the parser reads any file into a workbook accepted
 * or rejected with Vietnamese reasons, and never throws (a throw would reach the night's run as "unexpected").
 */
class WorkbookParserFuzzTests {

    private static final WorkbookParser PARSER = new WorkbookParser(CATALOG, WorkbookParserTests.NOVEMBER_28);
    private static Path file;

    static Stream<Arguments> workbooks() {
        return FuzzSeeds.workbooks();
    }

    @MethodSource("workbooks")
    @FuzzTest(maxDuration = "6s")
    void acceptsOrRejectsWithAReason(byte[] workbook) throws Exception {
        // given
        Files.write(file(), workbook);

        // when
        ParsedWorkbook parsed = PARSER.parse(file());

        // then
        FuzzedWorkbooks.assertAcceptedOrCleanlyRejected(parsed);
    }

    private static synchronized Path file() throws Exception {
        if (file == null) {
            file = Files.createTempDirectory("fuzz-parser").resolve("bao-cao.xlsx");
        }
        return file;
    }
}
