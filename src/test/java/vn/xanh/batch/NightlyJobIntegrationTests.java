package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import vn.xanh.TestWorkbooks;
import vn.xanh.intake.SubmissionWorkbooks.OcopProduct;
import vn.xanh.outbox.Delivery;

/**
 * The whole job on real workbooks, a real database and a real SMTP server. Subclasses choose the
 * database; the scenario and what a user would check are the same.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s"})
abstract class NightlyJobIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    static GreenMail smtp;

    @Autowired
    NightlyRunner runner;

    @Autowired
    JdbcClient jdbc;

    static Path input;
    static Path output;

    static void commonProperties(DynamicPropertyRegistry registry, String name) throws IOException {
        Path root = Files.createTempDirectory("xanh-" + name);
        input = root.resolve("input");
        output = root.resolve("output");
        Files.createDirectories(input);
        smtp = TestSmtp.start(registry);
        String inputDir = input.toString();
        String outputDir = output.toString();
        registry.add("xanh.input-dir", () -> inputDir);
        registry.add("xanh.output-dir", () -> outputDir);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void turnsWorkbooksIntoIndicatorsReportsAndOneDigest() throws Exception {
        // given: September and October reports of two villages, a cooperative, the markets and the office,
        // and one village report whose clean-water households exceed its households
        TestWorkbooks.village(input, "thon_dong_09.xlsx", "Thôn Đông", SEPTEMBER, values("HH_TOTAL", 400,
                "HH_CLEAN_WATER", 350, "WASTE_GENERATED_T", 10, "WASTE_TREATED_T", 8, "STRAW_BURNING", 1));
        TestWorkbooks.village(input, "thon_dong_10.xlsx", "THON DONG", OCTOBER, values("HH_TOTAL", 400,
                "HH_CLEAN_WATER", 380, "WASTE_GENERATED_T", 12, "WASTE_TREATED_T", "11", "STRAW_BURNING", 0));
        TestWorkbooks.village(input, "thon_doai_10.xlsx", "Thôn Đoài", OCTOBER, values("HH_TOTAL", 300,
                "HH_CLEAN_WATER", 240));
        TestWorkbooks.village(input, "thon_nam_10.xlsx", "Thôn Nam", OCTOBER, values("HH_TOTAL", 200,
                "HH_CLEAN_WATER", 2000));
        TestWorkbooks.cooperative(input, "htx_10.xlsx", "Hợp tác xã Nông nghiệp Tân Kỳ", OCTOBER,
                values("RICE_LOW_EMISSION_HA", 104.5, "FRUIT_AREA_HA", 42, "FRUIT_LOW_EMISSION_HA", 21),
                List.of(new OcopProduct("Gạo thơm", 3, "Có", 2024), new OcopProduct("Nhãn lồng", 3, "x", 2025),
                        new OcopProduct("Mật ong", 3, "Không", 2025)));
        TestWorkbooks.markets(input, "cho_10.xlsx", OCTOBER, Map.of("Chợ Tân Kỳ",
                Map.of("TRADERS_TOTAL", 100, "TRADERS_QR", 60), "Chợ Đông", Map.of("TRADERS_TOTAL", 50, "TRADERS_QR", 20)));
        TestWorkbooks.office(input, "ubnd_10.xlsx", OCTOBER, values("VILLAGES_TOTAL", 8, "VILLAGES_5G", 6));

        // when
        RunOutcome first = runner.run(AS_OF, RunMode.NIGHTLY);

        // then: the run completed, six files accepted and one rejected, the digest sent
        assertThat(first.completed()).isTrue();
        assertThat(first.accepted()).isEqualTo(6);
        assertThat(first.rejected()).isEqualTo(1);
        assertThat(first.delivery()).isEqualTo(Delivery.SENT);

        // the numbers in the database: stocks at each village's latest month, flows summed year to date
        assertThat(indicator("MT02", "indicator_value")).isEqualByComparingTo("88.5714");
        assertThat(indicator("MT02", "numerator")).isEqualByComparingTo("620");
        assertThat(indicator("MT02", "denominator")).isEqualByComparingTo("700");
        assertThat(indicator("MT02", "units_reporting")).isEqualByComparingTo("2");
        assertThat(indicator("MT02", "units_expected")).isEqualByComparingTo("8");
        assertThat(indicator("MT03", "indicator_value")).isEqualByComparingTo("86.3636");
        assertThat(indicator("NN07", "indicator_value")).isEqualByComparingTo("1");
        assertThat(indicator("NN03", "indicator_value")).isEqualByComparingTo("2");
        assertThat(indicator("TM01", "indicator_value")).isEqualByComparingTo("53.3333");
        assertThat(indicator("CS01", "indicator_value")).isEqualByComparingTo("75");
        // one incident in September; the path from 1 to 0 by 2030 expects 0.96 now, 1 is within 10 %
        assertThat(status("NN07")).isEqualTo("CHAM");
        assertThat(status("MT01")).isEqualTo("KHONG_DU_LIEU");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.file_name = 'thon_nam_10.xlsx'").query(Integer.class).single()).isZero();

        // the rejected file and its Vietnamese report, naming the cell
        Path rejected = input.resolve("rejected/thon_nam_10.xlsx");
        assertThat(rejected).exists();
        assertThat(input.resolve("thon_nam_10.xlsx")).doesNotExist();
        String report = Files.readString(input.resolve("rejected/thon_nam_10.xlsx.loi.txt"), StandardCharsets.UTF_8);
        assertThat(report).contains("E10").contains("“Số hộ sử dụng nước sạch” (2.000, ô E10) lớn hơn “Tổng số hộ dân”");
        assertThat(input.resolve("processed/thon_dong_10.xlsx")).exists();
        // and a copy of the workbook with the faulty cell marked and explained
        try (var marked = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                input.resolve("rejected/thon_nam_10.loi.xlsx").toFile())) {
            assertThat(marked.getSheetName(0)).isEqualTo("Lỗi cần sửa");
            var cell = marked.getSheet("Báo cáo").getRow(9).getCell(4);
            assertThat(cell.getCellComment().getString().getString()).contains("lớn hơn “Tổng số hộ dân”");
            assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        }

        // the CSVs
        Path day = output.resolve("2026-11-28");
        List<String> csv = Files.readAllLines(day.resolve("indicators.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("\uFEFFcode,name,value,unit,target,attainment,status,numerator,denominator,"
                + "units_reporting,units_expected,trajectory");
        assertThat(csv).anyMatch(line -> line.startsWith("MT02,Hộ dân sử dụng nước sạch,88.57,%,100,88.57,"));
        assertThat(csv).hasSize(21);
        List<String> facts = Files.readAllLines(day.resolve("facts.csv"), StandardCharsets.UTF_8);
        assertThat(facts).contains("Thôn Đông,2026-10,HH_CLEAN_WATER,380,thon_dong_10.xlsx,THON_DONG");
        assertThat(facts).noneMatch(line -> line.contains("thon_nam_10.xlsx"));
        assertThat(day.resolve("overview.png")).isNotEmptyFile();
        assertThat(day.resolve("digest.html")).content(StandardCharsets.UTF_8).contains("Hộ dân sử dụng nước sạch");

        // the digest as received: one message per recipient, Vietnamese subject, the indicator table
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received[0].getSubject()).startsWith("[Chuyển đổi xanh xã Tân Kỳ] Bản tin ngày 28/11/2026 – ")
                .endsWith("chỉ tiêu cần chú ý");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("thon_nam_10.xlsx");
        // the html a recipient reads: the Vietnamese headings, the rejected file, and each indicator's status
        String html = htmlPart(received[0]);
        assertThat(html).contains("Bản tin chuyển đổi xanh").contains("Cần chú ý").contains("Tình hình báo cáo")
                .contains("Tệp bị trả lại (<span>1</span>)").contains("Hai mươi chỉ tiêu đến năm 2030")
                .contains("thon_nam_10.xlsx").contains("lớn hơn “Tổng số hộ dân”");
        assertThat(row(html, "NN07")).contains("Chậm tiến độ");
        assertThat(row(html, "MT01")).contains("Chưa có số liệu");
        assertThat(row(html, "MT02")).contains("Hộ dân sử dụng nước sạch").contains("88,6");
        assertThat(html.split("border-bottom:1px solid #e0e0e0", -1)).hasSize(21);

        // when: the same run again with nothing new in the drop folder
        byte[] csvBefore = Files.readAllBytes(day.resolve("indicators.csv"));
        int factsBefore = jdbc.sql("SELECT COUNT(*) FROM fact").query(Integer.class).single();
        RunOutcome second = runner.run(AS_OF, RunMode.NIGHTLY);

        // then: nothing changes and the digest is not sent twice
        assertThat(second.completed()).isTrue();
        assertThat(second.run()).isEqualTo(2);
        assertThat(second.accepted()).isZero();
        assertThat(second.delivery()).isEqualTo(Delivery.ALREADY_DELIVERED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fact").query(Integer.class).single()).isEqualTo(factsBefore);
        assertThat(Files.readAllBytes(day.resolve("indicators.csv"))).isEqualTo(csvBefore);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    /** The text/html part of a message, however deep in its multiparts. */
    private static String htmlPart(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = htmlPart(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    /** The row of the indicator table for the code. */
    private static String row(String html, String code) {
        int start = html.indexOf("<strong>" + code + "</strong>");
        assertThat(start).as(code).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private java.math.BigDecimal indicator(String code, String column) {
        return jdbc.sql("SELECT " + column + " FROM indicator_result WHERE as_of = :asOf AND code = :code")
                .param("asOf", AS_OF).param("code", code).query(java.math.BigDecimal.class).single();
    }

    private String status(String code) {
        return jdbc.sql("SELECT status FROM indicator_result WHERE as_of = :asOf AND code = :code")
                .param("asOf", AS_OF).param("code", code).query(String.class).single();
    }
}
