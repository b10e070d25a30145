package vn.xanh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.facts.Fact;
import vn.xanh.intake.ParsedWorkbook;
import vn.xanh.intake.WorkbookParser;

class SubmissionGeneratorTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    @Test
    void writesTheSameReportsFromTheSameSeedAndOthersFromAnother() throws Exception {
        // given
        SubmissionGenerator city = SubmissionGenerator.forCity(Path.of("jobs"), dir.resolve("jobs"), 2);

        // when
        SubmissionGenerator.Written first = city.monthlyReports(dir.resolve("a"), OCTOBER, 2, 42);
        SubmissionGenerator.Written again = city.monthlyReports(dir.resolve("b"), OCTOBER, 2, 42);
        SubmissionGenerator.Written other = city.monthlyReports(dir.resolve("c"), OCTOBER, 2, 43);

        // then: two communes' units (16 villages, 4 cooperatives, 2 market boards, the office) for two months
        assertThat(city.catalog().units().units()).hasSize(16 + 4 + 2 + 4 + 1);
        assertThat(first.files()).hasSize(2 * (16 + 4 + 2 + 1));
        assertThat(first.files()).anyMatch(f -> f.toString().endsWith(".xls"));
        assertThat(again.facts()).isEqualTo(first.facts());
        assertThat(again.files().stream().map(f -> f.getFileName().toString()).toList())
                .isEqualTo(first.files().stream().map(f -> f.getFileName().toString()).toList());
        assertThat(other.facts()).isNotEqualTo(first.facts());
    }

    @Test
    void writesFilesIntakeAcceptsWithExactlyTheFactsItMeant() throws Exception {
        // given
        SubmissionGenerator city = SubmissionGenerator.forCity(Path.of("jobs"), dir.resolve("jobs"), 1);
        SubmissionGenerator.Written reports = city.monthlyReports(dir.resolve("in"), OCTOBER, 1, 7);
        SubmissionGenerator.Written register = city.register(dir.resolve("in"), OCTOBER, 2_000, 7);
        WorkbookParser parser = new WorkbookParser(city.catalog(), Clock.fixed(LocalDate.of(2026, 11, 28)
                .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")));

        // when
        List<Fact> read = new ArrayList<>();
        List<Path> files = new ArrayList<>(reports.files());
        files.addAll(register.files());
        for (Path file : files) {
            ParsedWorkbook parsed = parser.parse(file);
            assertThat(parsed.errors()).as(file.getFileName().toString()).isEmpty();
            read.addAll(parsed.facts());
        }

        // then: the same facts, the numbers compared by value (the workbook holds 12.0 where 12 was meant)
        List<Fact> meant = new ArrayList<>(reports.facts());
        meant.addAll(register.facts());
        assertThat(normalised(read)).containsExactlyInAnyOrderElementsOf(normalised(meant));
        assertThat(register.facts()).filteredOn(f -> f.metric().equals("HH_TOTAL"))
                .extracting(Fact::value).containsExactly(BigDecimal.valueOf(2_000));
    }

    private static List<String> normalised(List<Fact> facts) {
        return facts.stream().map(f -> f.unitCode() + " " + f.period() + " " + f.metric() + " "
                + f.value().stripTrailingZeros().toPlainString()).toList();
    }
}
