package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.xanh.facts.Problem;
import vn.xanh.facts.SubmissionStatus;

/**
 * Activity logs as people fill them: the table from column C in their own column order, and under it a totals
 * row, numbered lines left empty, notes, signature blocks, "Nơi nhận". Those rows are passed over, the
 * activities counted and a faulty activity still rejected with its cell. Subclasses choose the database.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s"})
abstract class ActivityLogSurroundingsTests {

    /** The columns from C: STT | Hình thức | Nội dung | Ngày thực hiện | Số lượng | Số người | Thời lượng | Địa điểm. */
    static final String[] HEADINGS = {"STT", "Hình thức", "Nội dung", "Ngày thực hiện", "Số lượng",
            "Số người tham dự", "Thời lượng (phút)", "Địa điểm"};
    static final int C = 2;
    static final int D = 3;
    static final int E = 4;
    static final int F = 5;
    static final int G = 6;
    static final int H = 7;
    static final int I = 8;

    /** Three activities: 63 people, 225 minutes, a quantity of 12. */
    static final List<Object[]> ACTIVITIES = List.of(
            row(C, 1, D, "Sinh hoạt chi bộ chuyên đề", E, "Chuyển đổi xanh, lối sống xanh", F, LocalDate.of(2026, 10, 12),
                    H, 23, I, 90, 9, "Nhà văn hóa"),
            row(C, 2, D, "Ra quân dọn vệ sinh", E, "Thu gom rác tuyến đường trục", F, "20/10/2026", G, 12, H, "40 người",
                    I, 120, 9, "Đường trục"),
            row(C, 3, D, "Phát thanh loa", E, "Tuyên truyền phân loại rác", F, "05/10/2026", I, 15, 9, "Loa thôn"));

    /** What people put under the table, each kind as real logs have it. */
    enum Around {
        TOTALS(row(C, "Tổng cộng", G, 12, H, 63, I, 225)),
        TOTALS_IN_THE_FORM_COLUMN(row(D, "CỘNG:", G, 12, H, 63, I, 225)),
        TOTALS_IN_THE_DATE_COLUMN_WITHOUT_MARKS(row(F, "tong so", G, "12", H, 63, I, 225)),
        EMPTY_NUMBERED_LINES(row(C, 4), row(C, 5), row(C, "6.")),
        NOTES(row(C, "Ghi chú: số người tham dự tính theo danh sách điểm danh."), row(D, "* Ghi chú", E,
                "ảnh lưu tại văn phòng chi bộ"), row(C, "Các hoạt động của tổ hội báo cáo riêng")),
        SIGNATURE_IN_ONE_COLUMN(row(F, "NGƯỜI LẬP BIỂU"), row(F, "(Ký, ghi rõ họ tên)"), row(), row(), row(),
                row(F, "Nguyễn Văn An")),
        SIGNATURE_IN_TWO_COLUMNS(row(D, "XÁC NHẬN CỦA LÃNH ĐẠO", H, "NGƯỜI LẬP BIỂU"),
                row(D, "(Ký tên, đóng dấu)", H, "(Ký, ghi rõ họ tên)"), row(), row(), row(), row(),
                row(D, "Trần Văn Bình", H, "Nguyễn Thị Hoa")),
        CAPITAL_TITLES(row(D, "TM. BAN THƯỜNG TRỰC", H, "BÍ THƯ CHI BỘ"), row(D, "CHỦ TỊCH HỘI", H, "THỦ TRƯỞNG ĐƠN VỊ"),
                row(), row(D, "Lê Văn Sơn", H, "Đỗ Thị Mai")),
        PREPARER_LINE(row(), row(D, "Người lập: Nguyễn Văn An")),
        DATE_LINE(row(F, "Tân Kỳ, ngày 31 tháng 10 năm 2026"), row(H, "Tân Kỳ, ngày … tháng … năm 2026")),
        RECIPIENTS(row(D, "Nơi nhận:", I, "THỦ TRƯỞNG ĐƠN VỊ"), row(D, "- Đảng ủy xã (b/c);"), row(D, "- Lưu: VP."),
                row(), row(I, "Phạm Văn Cường"));

        final List<Object[]> rows;

        Around(Object[]... rows) {
            this.rows = List.of(rows);
        }
    }

    static Path input;

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcClient jdbc;

    static void folders(DynamicPropertyRegistry registry) throws IOException {
        input = Files.createTempDirectory("xanh-surroundings").resolve("input");
        registry.add("xanh.input-dir", input::toString);
    }

    @BeforeEach
    void cleanDatabase() throws IOException {
        for (String table : List.of("activity", "green_model", "fact", "submission_problem", "submission")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        Files.createDirectories(input);
    }

    @ParameterizedTest
    @EnumSource(Around.class)
    void passesOverEachKindOfRowUnderTheTableAndCountsTheActivitiesOnly(Around around) throws IOException {
        // given
        List<Object[]> rows = new ArrayList<>(ACTIVITIES);
        rows.addAll(around.rows);
        log("chi-bo-dong.xlsx", "Chi bộ thôn Đông", rows);

        // when
        FileOutcome outcome = intake.ingestDropFolder().files().get(0);

        // then
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(outcome.problems()).isEmpty();
        assertThat(sums()).isEqualTo("3 63 225 12");
    }

    @Test
    void passesOverEveryKindTogether() throws IOException {
        // given
        List<Object[]> rows = new ArrayList<>(ACTIVITIES);
        for (Around around : List.of(Around.EMPTY_NUMBERED_LINES, Around.TOTALS, Around.NOTES,
                Around.SIGNATURE_IN_TWO_COLUMNS, Around.PREPARER_LINE, Around.RECIPIENTS)) {
            rows.addAll(around.rows);
        }
        log("hoi-lhpn.xlsx", "Hội LHPN xã", rows);

        // when
        FileOutcome outcome = intake.ingestDropFolder().files().get(0);

        // then
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(sums()).isEqualTo("3 63 225 12");
    }

    @Test
    void aTotalsRowThatDiffersFromItsRowsIsADoubtNeverARejection() throws IOException {
        // given: 70 people written where the rows add up to 63
        List<Object[]> rows = new ArrayList<>(ACTIVITIES);
        rows.add(row(C, "Tổng cộng", G, 12, H, 70, I, 225));
        rows.addAll(Around.SIGNATURE_IN_ONE_COLUMN.rows);
        log("mttq.xlsx", "Mặt trận Tổ quốc xã", rows);

        // when
        FileOutcome outcome = intake.ingestDropFolder().files().get(0);

        // then: the row under the three activities is the sheet's row 13
        assertThat(outcome.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(outcome.problems()).extracting(Problem::located).containsExactly("Hoạt động!H13: Dòng tổng ở ô H13"
                + " ghi số người tham dự là 70, nhưng cộng các hoạt động ở trên được 63. Chỉ các hoạt động được tính,"
                + " không tính dòng tổng; đề nghị đơn vị kiểm tra lại.");
        assertThat(jdbc.sql("SELECT message FROM submission_problem WHERE severity = 'WARNING'").query(String.class)
                .single()).contains("ghi số người tham dự là 70", "được 63");
        assertThat(sums()).isEqualTo("3 63 225 12");
    }

    @Test
    void anActivityWithATypoInItsDayIsRejectedWithItsCellAndTheSignatureUnderItIsNot() throws IOException {
        // given: "2O/10/2026" typed with a letter O, then a two-column signature and the preparer's line
        List<Object[]> rows = new ArrayList<>(ACTIVITIES.subList(0, 1));
        rows.add(row(C, 2, D, "Ra quân dọn vệ sinh", E, "Thu gom rác", F, "2O/10/2026", H, 40, I, 120));
        rows.addAll(Around.TOTALS.rows);
        rows.addAll(Around.SIGNATURE_IN_TWO_COLUMNS.rows);
        rows.addAll(Around.PREPARER_LINE.rows);
        log("doan-tn.xlsx", "Đoàn TN xã", rows);

        // when
        FileOutcome outcome = intake.ingestDropFolder().files().get(0);

        // then
        assertThat(outcome.status()).isEqualTo(SubmissionStatus.REJECTED);
        String report = Files.readString(input.resolve("rejected/doan-tn.xlsx.loi.txt"), StandardCharsets.UTF_8);
        assertThat(report).contains("Tệp chưa được ghi nhận vì có 1 lỗi dưới đây.")
                .contains("1. Hoạt động!F11: Ngày „2O/10/2026” không đọc được.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity").query(Integer.class).single()).isZero();
    }

    @Test
    void aRealActivityIsNeverPassedOverWhateverAnotherCellSays() throws IOException {
        // given: "Tổng vệ sinh" is a form of the plan, and "Tổng cộng" stands in the content of a dated activity;
        // an activity without its day under the table's end is still an activity missing its day
        List<Object[]> rows = new ArrayList<>(ACTIVITIES);
        rows.add(row(C, 4, D, "Tổng vệ sinh môi trường", E, "Tổng cộng ba tuyến đường", F, "25/10/2026", H, 30, I,
                60));
        rows.addAll(Around.SIGNATURE_IN_ONE_COLUMN.rows);
        log("hoi-nd.xlsx", "Chi bộ thôn Đông", rows);
        // and a log whose activity lost its day, above a totals row
        List<Object[]> missing = new ArrayList<>(ACTIVITIES.subList(0, 1));
        missing.add(row()); // not right under the first: a day merged down is carried only to the row below
        missing.add(row(C, 2, D, "Tổng vệ sinh", E, "Dọn rác", H, 12));
        missing.addAll(Around.TOTALS.rows);
        log("thieu-ngay.xlsx", "Hội LHPN xã", missing);

        // when
        List<FileOutcome> outcomes = intake.ingestDropFolder().files();

        // then
        assertThat(outcomes).filteredOn(o -> o.fileName().equals("hoi-nd.xlsx")).extracting(FileOutcome::status)
                .containsExactly(SubmissionStatus.ACCEPTED);
        assertThat(sums()).isEqualTo("4 93 285 12");
        assertThat(outcomes).filteredOn(o -> o.fileName().equals("thieu-ngay.xlsx")).extracting(FileOutcome::status)
                .containsExactly(SubmissionStatus.REJECTED);
        assertThat(Files.readString(input.resolve("rejected/thieu-ngay.xlsx.loi.txt"), StandardCharsets.UTF_8))
                .contains("Hoạt động!F12: Thiếu ngày thực hiện của hoạt động ở dòng 12.");
    }

    /** The sums in the database: activities, people, minutes, quantity. */
    String sums() {
        return jdbc.sql("SELECT COUNT(*) || ' ' || SUM(participants) || ' ' || SUM(minutes) || ' ' || SUM(quantity)"
                + " FROM activity").query(String.class).single();
    }

    /** A row of cells: column, value, column, value… */
    static Object[] row(Object... columnsAndValues) {
        return columnsAndValues;
    }

    /** The header fields, the headings on row 9 from column C, then the rows from row 10. */
    static Path log(String name, String unit, List<Object[]> rows) throws IOException {
        Path file = input.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Hoạt động");
            write(sheet, 0, row(C, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI XANH THÁNG 10/2026"));
            write(sheet, 3, row(C, "Mẫu số:", D, "HOATDONG"));
            write(sheet, 4, row(C, "Đơn vị báo cáo:", D, unit));
            write(sheet, 5, row(C, "Kỳ báo cáo:", D, "Tháng 10/2026"));
            for (int h = 0; h < HEADINGS.length; h++) {
                cell(sheet, 8, C + h).setCellValue(HEADINGS[h]);
            }
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                write(sheet, 9 + r, rows.get(r)).forEach(c -> {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() > 40000) {
                        c.setCellStyle(day);
                    }
                });
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    static List<Cell> write(Sheet sheet, int rowIndex, Object[] columnsAndValues) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Cell cell = cell(sheet, rowIndex, (Integer) columnsAndValues[i]);
            Object value = columnsAndValues[i + 1];
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            }
            else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            }
            else {
                cell.setCellValue(value.toString());
            }
            cells.add(cell);
        }
        return cells;
    }

    static Cell cell(Sheet sheet, int row, int col) {
        Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return line.getCell(col) == null ? line.createCell(col) : line.getCell(col);
    }
}
