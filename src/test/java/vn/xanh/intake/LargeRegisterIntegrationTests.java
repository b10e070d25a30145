package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.xanh.batch.ChildProcess;

/**
 * A ward's household register of 100,000 rows, taken in by xanh in a JVM of its own with its heap
 * capped at 256 MB; only the counts reach the database.
 */
public class LargeRegisterIntegrationTests {

    static final int HOUSEHOLDS = 100_000;

    @Test
    void takesInAHundredThousandHouseholdsIn256Megabytes() throws Exception {
        // given
        Path root = Files.createTempDirectory("xanh-register");
        Path input = Files.createDirectories(root.resolve("input"));
        Path register = input.resolve("so-ho-thon-trung.xlsx");
        write(register);
        String url = "jdbc:h2:file:" + root.resolve("data/xanh") + ";AUTO_SERVER=TRUE";

        // when
        long started = System.nanoTime();
        ChildProcess xanh = ChildProcess.start(root, List.of("-Xmx256m"), Map.of("xanh.input-dir", input.toString(),
                "spring.datasource.url", url, "xanh.settle-time", "0s", "xanh.today", "2026-11-28"), "intake");
        int exit = xanh.awaitExit();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        // then
        assertThat(exit).as(xanh.output()).isZero();
        assertThat(xanh.output()).contains("ĐÃ NHẬN   so-ho-thon-trung.xlsx");
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
        assertThat(jdbc.sql("SELECT amount FROM fact WHERE metric = 'HH_TOTAL'").query(Integer.class).single())
                .isEqualTo(HOUSEHOLDS);
        assertThat(jdbc.sql("SELECT amount FROM fact WHERE metric = 'HH_CLEAN_WATER'").query(Integer.class).single())
                .isEqualTo(HOUSEHOLDS * 9 / 10);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission_problem WHERE message LIKE '%Nguyễn%'")
                .query(Integer.class).single()).isZero();
        System.out.println("100,000-row register taken in by a separate JVM (-Xmx256m) in " + seconds + " s");
    }

    /** Written row by row, as a large register is: names, and a mark in each yes column. */
    public static void write(Path file) throws IOException {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Sổ hộ");
            String[][] header = {{"Mẫu số:", "SOHO"}, {"Thôn:", "Thôn Trung"}, {"Tháng:", "10/2026"}};
            for (int r = 0; r < header.length; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(header[r][0]);
                row.createCell(1).setCellValue(header[r][1]);
            }
            Row headings = sheet.createRow(4);
            String[] columns = {"STT", "Họ tên chủ hộ", "Nước sạch", "Phân loại rác", "Chăn nuôi", "Xử lý Biogas/Biomass"};
            for (int c = 0; c < columns.length; c++) {
                headings.createCell(c).setCellValue(columns[c]);
            }
            for (int h = 0; h < HOUSEHOLDS; h++) {
                Row row = sheet.createRow(5 + h);
                row.createCell(0).setCellValue(h + 1);
                row.createCell(1).setCellValue(family[h % family.length] + " Văn Hộ " + h);
                row.createCell(2).setCellValue(h % 10 == 0 ? "Không" : "x");
                row.createCell(3).setCellValue(h % 2 == 0 ? "Có" : "");
                if (h % 4 == 0) {
                    row.createCell(4).setCellValue("x");
                    row.createCell(5).setCellValue(h % 8 == 0 ? "x" : "");
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
