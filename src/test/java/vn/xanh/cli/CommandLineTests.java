package vn.xanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import picocli.CommandLine;

@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "spring.datasource.url=jdbc:h2:mem:cli;DB_CLOSE_DELAY=-1"})
class CommandLineTests {

    @TempDir
    static Path root;

    @Autowired
    ApplicationContext context;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("xanh.input-dir", () -> root.resolve("input").toString());
        registry.add("xanh.output-dir", () -> root.resolve("output").toString());
    }

    @Test
    void aBadDateIsBadUsageExplainedInVietnamese() {
        int exit = execute("run", "--date", "31/13/2026");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Ngày “31/13/2026” không hợp lệ. Hãy ghi dạng 2026-11-28 hoặc 28/11/2026.");
    }

    @Test
    void anUnknownCommandOrAMissingDateIsBadUsage() {
        assertThat(execute("chay")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Không hiểu “chay”");

        assertThat(execute("rerun")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Hãy ghi --date NGÀY, hoặc cả --from NGÀY và --to NGÀY");

        assertThat(execute("rerun", "--from", "2026-11-02", "--to", "2026-11-01")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Ngày --from phải trước hoặc bằng ngày --to.");
    }

    @Test
    void reportWritesThePeriodsWordDocumentAndRefusesAPeriodItCannotRead() {
        assertThat(execute("report", "--period", "2026-Q5")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Kỳ báo cáo “2026-Q5” không đúng dạng. Ghi tháng 2026-10, quý 2026-Q3,"
                + " 6 tháng 2026-H1 hoặc năm 2026.");

        int exit = execute("report", "--period", "2026-H1");

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        assertThat(root.resolve("output/reports/bao-cao-2026-H1.docx")).exists();
        assertThat(out.toString()).contains("Đã lập báo cáo 6 tháng đầu năm 2026:");
    }

    @Test
    void runWithNothingToDoStillMeasuresAndReports() {
        int exit = execute("run", "--date", "2026-11-28");

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Đã tổng hợp số liệu đến ngày 28/11/2026 (lần chạy 1).")
                .contains("Tệp đã nhận: 0; bị trả lại: 0; trùng: 0; để lại lần sau")
                .contains("Bản tin: chưa cấu hình máy chủ thư, đã ghi ra tệp")
                .contains("Báo cáo định kỳ lập trong lần chạy ngày này: bao-cao-2026-10.docx, bao-cao-2026-H1.docx,"
                        + " bao-cao-2026-Q3.docx");
        assertThat(root.resolve("output/2026-11-28/digest.eml")).isNotEmptyFile();

        assertThat(execute("status")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("28/11/2026 lần 1 (hằng đêm): hoàn thành");
    }

    @Test
    void rerunBackfillsARangeOfDates() {
        int exit = execute("rerun", "--from", "2026-10-30", "--to", "2026-11-01");

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("[1/3] đã tính lại ngày 30/10/2026").contains("[3/3] đã tính lại ngày 01/11/2026")
                .contains("Đã tính lại 3 ngày, từ 30/10/2026 đến 01/11/2026.");
        assertThat(root.resolve("output/2026-10-31/indicators.csv")).isNotEmptyFile();
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndChangesNothing() throws Exception {
        // given
        Path input = java.nio.file.Files.createDirectories(root.resolve("input"));
        vn.xanh.TestWorkbooks.village(input, "tot.xlsx", "Thôn Đông", java.time.YearMonth.of(2026, 10),
                vn.xanh.TestWorkbooks.values("HH_TOTAL", 10));
        vn.xanh.TestWorkbooks.village(input, "sai.xlsx", "Thôn Đông Hải", java.time.YearMonth.of(2026, 10),
                vn.xanh.TestWorkbooks.values("HH_TOTAL", 10));

        // when
        int exit = execute("intake", "--dry-run");

        // then
        assertThat(exit).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Chạy thử: không ghi gì").contains("SẼ NHẬN   tot.xlsx")
                .contains("SẼ TRẢ LẠI sai.xlsx").contains("Đơn vị “Thôn Đông Hải” không có");
        assertThat(input.resolve("tot.xlsx")).exists();
        assertThat(input.resolve("sai.xlsx")).exists();

        // and a file taken back from rejected/ is read afresh
        assertThat(execute("intake")).isEqualTo(ExitCodes.DONE);
        assertThat(input.resolve("rejected/sai.xlsx.loi.txt")).exists();
        assertThat(execute("reprocess", "sai.xlsx")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("VẪN TRẢ LẠI sai.xlsx");
        assertThat(input.resolve("rejected/sai.xlsx")).exists();
        assertThat(execute("reprocess", "khong-co.xlsx")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Không có tệp “khong-co.xlsx”");
    }

    @Test
    void helpIsInVietnamese() {
        assertThat(execute("--help")).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Cách dùng: xanh").contains("rerun").contains("Hiện hướng dẫn này.");
    }

    private int execute(String... args) {
        CommandLine commandLine = CliRunner.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
