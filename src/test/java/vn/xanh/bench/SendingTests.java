package vn.xanh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.demo.SubmissionGenerator;
import vn.xanh.facts.Fact;
import vn.xanh.intake.ParsedWorkbook;
import vn.xanh.intake.WorkbookParser;

/** The generated files brought to a drop folder: sent once as they are, sent again in other bytes. */
class SendingTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    @Test
    void sendsAWorkbookAgainInOtherBytesWithTheSameData() throws Exception {
        // given
        SubmissionGenerator city = SubmissionGenerator.forCity(Path.of("jobs"), dir.resolve("jobs"), 1);
        SubmissionGenerator.Written reports = city.monthlyReports(dir.resolve("out"), OCTOBER, 1, 7);
        WorkbookParser parser = new WorkbookParser(city.catalog(), Clock.systemUTC());

        // when
        Sending.send(reports, dir.resolve("first"), 0);
        Sending.send(reports, dir.resolve("again"), 1);

        // then: every .xlsx differs by its bytes (so it is not a duplicate), and every file reads to the same facts
        for (Path file : reports.files()) {
            Path first = dir.resolve("first").resolve(file.getFileName());
            Path again = dir.resolve("again").resolve(file.getFileName());
            assertThat(java.nio.file.Files.mismatch(first, file)).isEqualTo(-1L);
            assertThat(java.nio.file.Files.mismatch(again, file) != -1L)
                    .isEqualTo(file.getFileName().toString().endsWith(".xlsx"));
            ParsedWorkbook read = parser.parse(again);
            assertThat(read.errors()).as(again.toString()).isEmpty();
            assertThat(normalised(read.facts())).isEqualTo(normalised(parser.parse(first).facts()));
        }
    }

    private static List<String> normalised(List<Fact> facts) {
        return facts.stream().map(f -> f.unitCode() + " " + f.period() + " " + f.metric() + " "
                + f.value().stripTrailingZeros().toPlainString()).toList();
    }
}
