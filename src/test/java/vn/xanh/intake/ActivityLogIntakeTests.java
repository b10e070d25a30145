package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.xanh.DropFolderTestSupport;
import vn.xanh.TestFolders;
import vn.xanh.TestWorkbooks;
import vn.xanh.facts.GreenModel;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.SubmissionWorkbooks.ActivityRow;
import vn.xanh.intake.SubmissionWorkbooks.ModelRow;

/** The organisations' activity log (HOATDONG) taken in as clerks send it, with every rule of the other templates. */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "spring.datasource.url=jdbc:h2:mem:activities;DB_CLOSE_DELAY=-1"})
class ActivityLogIntakeTests extends DropFolderTestSupport {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    GreenModelRepository models;

    @BeforeEach
    void cleanDatabase() throws IOException {
        TestFolders.empty(jdbc, "activity", "green_model", "fact", "submission_problem", "submission");
        Files.createDirectories(input);
    }

    @Test
    void takesInALogWithItsModelsAndCountsAModelOnceWhoeverReportsIt() throws IOException {
        // given: the Women's Union's October log, and the Fatherland Front naming the same model again
        log("hlhpn.xlsx", "Hội LHPN xã", OCTOBER, List.of(
                new ActivityRow(LocalDate.of(2026, 10, 3), "THI_DUA", "Phát động „5 không 3 sạch”", "3.4", "Toàn xã",
                        120, null, null, "Ảnh"),
                new ActivityRow(LocalDate.of(2026, 10, 18), "Bài đăng Zalo", "Hướng dẫn phân loại rác", "MT03", null,
                        null, null, 3, "Đường dẫn"),
                new ActivityRow("25/10/2026", "RA_QUAN", "Ra quân thu gom rác", "Bảo vệ môi trường", "Thôn Nam", 85, 120,
                        40, null)),
                List.of(new ModelRow("Gia đình xanh", "Gia đình bà Nguyễn Thị Lan", "Thôn Nam", LocalDate.of(2026, 10, 20)),
                        new ModelRow("Tuyến đường tự quản", "Đường trục thôn Nam", "Thôn Nam", null)));
        log("mttq.xlsx", "Mặt trận Tổ quốc xã", OCTOBER, List.of(new ActivityRow(LocalDate.of(2026, 10, 9),
                "Hội nghị", "Quán triệt Chương trình hành động", "3.1", "Hội trường xã", 60, 90, null, null)),
                List.of(new ModelRow("gia dinh xanh", "Gia đình bà Nguyễn Thị  Lan", "Thôn Nam", null)));

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then
        assertThat(result.files()).extracting(FileOutcome::status).containsOnly(SubmissionStatus.ACCEPTED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity").query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT SUM(participants) FROM activity").query(Integer.class).single()).isEqualTo(265);
        assertThat(jdbc.sql("SELECT form FROM activity WHERE unit_code = 'HOI_LHPN' ORDER BY held_on")
                .query(String.class).list()).containsExactly("THI_DUA", "MANG_XA_HOI", "RA_QUAN");
        // the task area as a code of §II.3, an indicator code, or words of its name
        assertThat(jdbc.sql("SELECT task_area FROM activity WHERE unit_code = 'HOI_LHPN' ORDER BY held_on")
                .query(String.class).list()).containsExactly("3.4", "MT03", "3.2");
        assertThat(models.recognisedAsOf(LocalDate.of(2026, 10, 31))).extracting(GreenModel::type, GreenModel::unitCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GIA_DINH_XANH", "HOI_LHPN"),
                        org.assertj.core.groups.Tuple.tuple("TUYEN_DUONG_TU_QUAN", "HOI_LHPN"));
    }

    @Test
    void aCorrectionReplacesTheActivitiesAndNothingToReportCountsAsReporting() throws IOException {
        // given
        settled(log("cb-nam.xlsx", "Chi bộ thôn Nam", OCTOBER, List.of(
                new ActivityRow(LocalDate.of(2026, 10, 5), "SINH_HOAT", "Sinh hoạt chuyên đề", null, null, 18, 60,
                        null, null)), List.of()), 3);
        settled(log("cb-nam-sua.xlsx", "CB thôn Nam", OCTOBER, List.of(
                new ActivityRow(LocalDate.of(2026, 10, 5), "SINH_HOAT", "Sinh hoạt chuyên đề", null, null, 21, 60,
                        null, null),
                new ActivityRow(LocalDate.of(2026, 10, 26), "LOA", "Đọc tin trên loa thôn", null, null, null, 15,
                        null, null)), List.of()), 2);
        settled(log("ccb.xlsx", "Hội CCB xã", OCTOBER, List.of(), List.of()), 1);

        // when
        intake.ingestDropFolder();

        // then
        assertThat(jdbc.sql("SELECT SUM(a.participants) FROM activity a JOIN submission s ON s.id = a.submission_id"
                + " WHERE s.status = 'ACCEPTED'").query(Integer.class).single()).isEqualTo(21);
        assertThat(jdbc.sql("SELECT nothing_to_report FROM submission WHERE unit_code = 'HOI_CCB'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT status FROM submission ORDER BY id").query(String.class).list())
                .containsExactly("SUPERSEDED", "ACCEPTED", "ACCEPTED");
    }

    @Test
    void rejectsADayOutsideTheMonthAndAnUnknownFormSayingWhereAndWhatIsAllowed() throws IOException {
        // given
        log("doan.xlsx", "Đoàn TN xã", OCTOBER, List.of(
                new ActivityRow("05/11/2026", "LOA", "Phát thanh", null, null, null, 10, null, null),
                new ActivityRow(LocalDate.of(2026, 10, 7), "Gặp mặt đầu xuân", "Gặp mặt", null, null, 30, null, null,
                        null),
                new ActivityRow(LocalDate.of(2026, 10, 9), "TAP_HUAN", "Tập huấn", null, null, -4, null, null, null)),
                List.of());

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then
        assertThat(result.files()).extracting(FileOutcome::status).containsExactly(SubmissionStatus.REJECTED);
        String report = Files.readString(input.resolve("rejected/doan.xlsx.loi.txt"), StandardCharsets.UTF_8);
        assertThat(report).contains("Hoạt động!B9: Ngày 05/11/2026 không thuộc tháng báo cáo 10/2026. Mỗi hoạt động"
                + " ghi vào báo cáo của tháng diễn ra: sửa lại ngày, hoặc đưa hoạt động này vào báo cáo tháng 11/2026.");
        assertThat(report).contains("Hoạt động!C10: Hình thức “Gặp mặt đầu xuân” không thuộc các hình thức của kế"
                + " hoạch. Hãy ghi một trong các hình thức: LOA (Phát thanh trên loa truyền thanh); TIN_BAI");
        assertThat(report).contains("Hoạt động!G11: Cột “Số người tham dự” ghi “-4”");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity").query(Integer.class).single()).isZero();
        assertThat(input.resolve("rejected/doan.loi.xlsx")).exists();
    }

    @Test
    void readsAnUglyRealWorldLog() throws IOException {
        // given: merged titles and days, days typed as text, "Phát thanh loa", the cell's name in .VnTime,
        // a "Cộng" line and a signature under the table
        Path file = input.resolve("BC hoat dong T10 - chi bo Dong.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("T10");
            CellStyle legacy = TestWorkbooks.fontStyle(workbook, ".VnTime");
            set(sheet, 0, 0, "ĐẢNG BỘ XÃ TÂN KỲ");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            set(sheet, 1, 0, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG THÁNG 10/2026");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
            set(sheet, 3, 1, "Mẫu số: HOATDONG");
            set(sheet, 4, 1, "Đơn vị báo cáo:");
            set(sheet, 4, 2, "Chi bé th«n §«ng").setCellStyle(legacy);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 2, 5));
            set(sheet, 5, 1, "Kỳ báo cáo:");
            set(sheet, 5, 2, "T10/2026");
            String[] headings = {"TT", "Ngày", "Hình thức", "Nội dung", "Địa điểm", "Số người", "Thời lượng\n(phút)",
                    "Số lượng"};
            for (int c = 0; c < headings.length; c++) {
                set(sheet, 7, c + 1, headings[c]);
            }
            Object[][] rows = {
                    {1, "05/10/2026", "Phát thanh loa", "Tuyên truyền phân loại rác", "Loa thôn", null, "15", null},
                    {2, "12/10/2026", "Sinh hoạt chi bộ chuyên đề", "Chuyển đổi xanh, lối sống xanh", "Nhà văn hóa", 23,
                            90, null},
                    {3, null, "Ra quân dọn vệ sinh", "Dọn rác tuyến đường trục", "Đường trục", "40 người", null, 12},
                    {null, "Cộng", null, null, null, 63, 105, 12}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        cell(sheet, 8 + r, c + 1).setCellValue(number.doubleValue());
                    }
                    else if (rows[r][c] != null) {
                        set(sheet, 8 + r, c + 1, rows[r][c].toString());
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(9, 10, 2, 2));
            set(sheet, 14, 7, "Người lập biểu");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then
        FileOutcome outcome = result.files().get(0);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(outcome.problems()).anyMatch(p -> p.message().contains(".VnTime"));
        assertThat(jdbc.sql("SELECT unit_code FROM submission").query(String.class).single()).isEqualTo("CB_THON_DONG");
        assertThat(jdbc.sql("SELECT form || ' ' || held_on FROM activity ORDER BY row_number").query(String.class).list())
                .containsExactly("LOA 2026-10-05", "SINH_HOAT 2026-10-12", "RA_QUAN 2026-10-12");
        assertThat(jdbc.sql("SELECT SUM(participants) FROM activity").query(Integer.class).single()).isEqualTo(63);
        assertThat(jdbc.sql("SELECT SUM(minutes) FROM activity").query(Integer.class).single()).isEqualTo(105);
    }

    private static org.apache.poi.ss.usermodel.Cell set(Sheet sheet, int row, int col, String text) {
        org.apache.poi.ss.usermodel.Cell cell = cell(sheet, row, col);
        cell.setCellValue(text);
        return cell;
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, int col) {
        Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return line.getCell(col) == null ? line.createCell(col) : line.getCell(col);
    }

    static Path log(String name, String unit, YearMonth period, List<ActivityRow> rows, List<ModelRow> models)
            throws IOException {
        Path file = input.resolve(name);
        SubmissionWorkbooks.activities(file, TestWorkbooks.CATALOG.template("HOATDONG").orElseThrow(), unit, period,
                rows, models);
        return file;
    }

    private static Path settled(Path file, int minutesAgo) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60L * minutesAgo)));
        return file;
    }
}
