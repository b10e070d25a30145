package vn.xanh.intake.internal.workbook;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The {@code .xls} event reader on any bytes: it gives sheets, or throws for the workbook model to judge instead,
 * which it means only as its own {@code IllegalStateException} or a library's complaint, never a slip of its own.
 */
class XlsEventReaderFuzzTests {

    static Stream<Arguments> workbooks() {
        return FuzzSeeds.xls().stream().map(FuzzSeeds::argument);
    }

    @MethodSource("workbooks")
    @FuzzTest(maxDuration = "6s")
    void readsSheetsOrLeavesThemToTheWorkbookModel(byte[] workbook) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(workbook))) {
            // when
            XlsEventReader.read(file);
        }
        catch (Throwable e) {
            // then
            FuzzOutcomes.assertClean(e, Set.of(IllegalStateException.class));
        }
    }
}
