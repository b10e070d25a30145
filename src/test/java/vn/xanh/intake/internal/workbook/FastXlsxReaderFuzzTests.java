package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The fast readers (fastexcel-reader's rows through {@link FastRows}, on one core or on two into
 * {@link CompactRows}) on any bytes the guard passed, as the product reads them: they give sheets or refuse
 * cleanly, and both ways of reading give the same sheets or the same refusal.
 */
class FastXlsxReaderFuzzTests {

    static Stream<Arguments> workbooks() {
        return FuzzSeeds.xlsx().stream().map(FuzzSeeds::argument);
    }

    @MethodSource("workbooks")
    @FuzzTest(maxDuration = "6s")
    void readsTheSameSheetsOnOneCoreAndOnTwo(byte[] workbook) {
        // given: only what the guard passes, without old fonts, reaches the fast readers
        try {
            if (XlsxGuard.inspect(workbook).legacyFonts()) {
                return;
            }
        }
        catch (Exception e) {
            return;
        }

        // when
        Object oneCore = read(workbook, false);
        Object twoCores = read(workbook, true);

        // then
        if (oneCore instanceof Throwable failure) {
            FuzzOutcomes.assertClean(failure, Set.of());
            assertThat(twoCores).isInstanceOf(failure.getClass());
        }
        else {
            assertThat(twoCores).isEqualTo(oneCore);
        }
    }

    private static Object read(byte[] workbook, boolean onTwoCores) {
        try {
            List<SheetData> sheets = FastXlsxReader.read(workbook, onTwoCores);
            return sheets;
        }
        catch (Throwable e) {
            if (e instanceof Error error) {
                throw error;
            }
            return e;
        }
    }
}
