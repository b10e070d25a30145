package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.TestWorkbooks;

class StreamingXlsxReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsTheSameCellsAsTheWholeWorkbookReader() throws Exception {
        // given: an ordinary form, with a number typed as text and a formula error
        Path file = TestWorkbooks.village(dir, "thon.xlsx", "Thôn Đông", YearMonth.of(2026, 10),
                TestWorkbooks.values("HH_TOTAL", 400, "HH_CLEAN_WATER", "1.234", "WASTE_GENERATED_T", 12.5));

        // when
        var streamed = StreamingXlsxReader.read(file);
        var whole = WorkbookReader.read(file);

        // then
        assertThat(streamed).isEqualTo(whole);
    }

    @Test
    void refusesASheetWithMoreRowsThanAnyReport() throws Exception {
        Path file = TestCorpus.tooManyRows(dir);

        assertThatThrownBy(() -> StreamingXlsxReader.read(file)).hasMessageContaining("có hơn 300.000 dòng");
    }

    @Test
    void keepsOnlyOneCopyOfRepeatedShortTexts() throws Exception {
        Path file = TestWorkbooks.raw(dir, "x.xlsx", new Object[][] {{"x", "x"}, {"x"}});

        var rows = StreamingXlsxReader.read(file).get(0).rows();

        assertThat(rows.get(0).cells().get(0).text()).isSameAs(rows.get(1).cells().get(0).text());
    }
}
