package vn.xanh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.xanh.DropFolderTestSupport;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.FileOutcome;

/** The demonstration's activity logs carry totals rows and signature blocks, as real ones do, and are all accepted. */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "spring.datasource.url=jdbc:h2:mem:demologs;DB_CLOSE_DELAY=-1"})
class DemoActivityLogsTests extends DropFolderTestSupport {

    @Autowired
    DemoSubmissions demo;

    @Test
    void everyLogWithItsTotalsAndSignatureIsAcceptedAndOnlyTheFlawedSamplesAreRejected() throws IOException {
        // given: the demonstration's year, its logs with a totals row and a signature block under the table
        List<Path> logs = demo.write(input, LocalDate.of(2026, 11, 28)).stream()
                .filter(p -> p.getFileName().toString().startsWith("hoatdong_")).toList();
        List<String> underTables = new ArrayList<>();
        for (Path log : logs) {
            underTables.addAll(texts(log));
        }

        // when
        List<FileOutcome> outcomes = intake.ingestDropFolder().files();

        // then
        assertThat(underTables).contains("Tổng cộng", "Cộng:", "TỔNG SỐ", "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)",
                "Nơi nhận:", "TM. BAN THƯỜNG TRỰC", "1 mô hình").anyMatch(t -> t.startsWith("Người lập: "));
        List<FileOutcome> activityLogs = outcomes.stream().filter(o -> o.fileName().startsWith("hoatdong_")).toList();
        assertThat(activityLogs).hasSize(logs.size()).allSatisfy(o -> {
            assertThat(o.status()).as(o.fileName() + " " + o.problems()).isEqualTo(SubmissionStatus.ACCEPTED);
            assertThat(o.problems()).as(o.fileName()).isEmpty();
        });
        assertThat(outcomes).filteredOn(o -> o.status() == SubmissionStatus.REJECTED).hasSize(3)
                .noneMatch(o -> o.fileName().startsWith("hoatdong_"));
        // the office's October: four broadcasts (70 minutes) and a news item, its totals row not counted
        assertThat(jdbc.sql("SELECT COUNT(*) || ' ' || SUM(minutes) FROM activity WHERE unit_code = 'UBND_TAN_KY'"
                + " AND period_month = DATE '2026-10-01'").query(String.class).single()).isEqualTo("5 70");
    }

    /** Every text of the workbook's sheets, as a reader sees them. */
    private static List<String> texts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }
}
