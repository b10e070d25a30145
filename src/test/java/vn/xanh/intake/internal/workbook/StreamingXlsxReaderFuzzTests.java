package vn.xanh.intake.internal.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The streaming reader (a register's, and an old-font workbook's above 512 KB) on any bytes: it gives sheets or
 * refuses cleanly. POI's own checks (zip bomb, DOCTYPE) guard it, not the product's guard.
 */
class StreamingXlsxReaderFuzzTests {

    private static Path file;

    static Stream<Arguments> workbooks() {
        return FuzzSeeds.xlsx().stream().map(FuzzSeeds::argument);
    }

    @MethodSource("workbooks")
    @FuzzTest(maxDuration = "6s")
    void readsSheetsOrRefuses(byte[] workbook) throws Exception {
        // given
        Files.write(file(), workbook);

        try {
            // when
            StreamingXlsxReader.read(file());
        }
        catch (Throwable e) {
            // then
            FuzzOutcomes.assertClean(e, Set.of());
        }
    }

    private static synchronized Path file() throws Exception {
        if (file == null) {
            file = Files.createTempDirectory("fuzz-streaming").resolve("bao-cao.xlsx");
        }
        return file;
    }
}
