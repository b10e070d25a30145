package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The guard on any bytes in memory (a village's report): it passes them, refuses them with its Vietnamese reason,
 * or finds the zip broken (an {@code IOException}, which the product reports as a broken file); nothing else.
 */
class XlsxGuardFuzzTests {

    static Stream<Arguments> workbooks() {
        return FuzzSeeds.xlsx().stream().map(FuzzSeeds::argument);
    }

    @MethodSource("workbooks")
    @FuzzTest(maxDuration = "6s")
    void passesRefusesOrFindsTheZipBroken(byte[] workbook) {
        try {
            // when
            XlsxGuard.inspect(workbook);
        }
        catch (XlsxGuard.Refused e) {
            // then
            assertThat(e.getMessage()).isIn(XlsxGuard.ZIP_BOMB, XlsxGuard.ENTITIES);
        }
        catch (Throwable e) {
            FuzzOutcomes.assertClean(e, Set.of());
        }
    }
}
