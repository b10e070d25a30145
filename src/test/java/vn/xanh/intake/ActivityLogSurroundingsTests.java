package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.intake.SurroundedLogs.ACTIVITIES;
import static vn.xanh.intake.SurroundedLogs.C;
import static vn.xanh.intake.SurroundedLogs.D;
import static vn.xanh.intake.SurroundedLogs.E;
import static vn.xanh.intake.SurroundedLogs.F;
import static vn.xanh.intake.SurroundedLogs.G;
import static vn.xanh.intake.SurroundedLogs.H;
import static vn.xanh.intake.SurroundedLogs.I;
import static vn.xanh.intake.SurroundedLogs.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;

import vn.xanh.DropFolderTestSupport;
import vn.xanh.TestFolders;
import vn.xanh.facts.Problem;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.SurroundedLogs.Around;

/**
 * Activity logs as people fill them: the table from column C in their own column order, and under it a totals
 * row, numbered lines left empty, notes, signature blocks, "Nơi nhận". Those rows are passed over, the
 * activities counted and a faulty activity still rejected with its cell. Subclasses choose the database.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s"})
abstract class ActivityLogSurroundingsTests extends DropFolderTestSupport {

    @BeforeEach
    void cleanDatabase() throws IOException {
        TestFolders.empty(jdbc, "activity", "green_model", "fact", "submission_problem", "submission");
        Files.createDirectories(input);
    }

    @ParameterizedTest
    @EnumSource(Around.class)
    void passesOverEachKindOfRowUnderTheTableAndCountsTheActivitiesOnly(Around around) throws IOException {
        // given
        List<Object[]> rows = new ArrayList<>(ACTIVITIES);
        rows.addAll(around.rows);
        SurroundedLogs.log(input.resolve("chi-bo-dong.xlsx"), "Chi bộ thôn Đông", rows);

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
        SurroundedLogs.log(input.resolve("hoi-lhpn.xlsx"), "Hội LHPN xã", rows);

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
        SurroundedLogs.log(input.resolve("mttq.xlsx"), "Mặt trận Tổ quốc xã", rows);

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
        SurroundedLogs.log(input.resolve("doan-tn.xlsx"), "Đoàn TN xã", rows);

        // when
        FileOutcome outcome = intake.ingestDropFolder().files().get(0);

        // then
        assertThat(outcome.status()).isEqualTo(SubmissionStatus.REJECTED);
        String report = Files.readString(input.resolve("rejected/doan-tn.xlsx.loi.txt"), StandardCharsets.UTF_8);
        assertThat(report).contains("Tệp chưa được ghi nhận vì có 1 lỗi dưới đây.")
                .contains("1. Hoạt động!F11: Ngày “2O/10/2026” không đọc được.");
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
        SurroundedLogs.log(input.resolve("hoi-nd.xlsx"), "Chi bộ thôn Đông", rows);
        // and a log whose activity lost its day, above a totals row
        List<Object[]> missing = new ArrayList<>(ACTIVITIES.subList(0, 1));
        missing.add(row()); // not right under the first: a day merged down is carried only to the row below
        missing.add(row(C, 2, D, "Tổng vệ sinh", E, "Dọn rác", H, 12));
        missing.addAll(Around.TOTALS.rows);
        SurroundedLogs.log(input.resolve("thieu-ngay.xlsx"), "Hội LHPN xã", missing);

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

    @Test
    void passesOverTheRowsAroundTheModelSheetsTable() throws IOException {
        // given: a "Mô hình" sheet from column C in another order, with the same kinds of rows under its table
        SurroundedLogs.log(input.resolve("mo-hinh.xlsx"), "Hội LHPN xã", ACTIVITIES, "Mô hình", models(
                row(C, 1, D, "Gia đình bà Nguyễn Thị Lan", E, "Gia đình xanh", F, LocalDate.of(2026, 10, 20), G,
                        "Thôn Nam"),
                row(C, 2, D, "Đường trục thôn Nam", E, "Tuyến đường tự quản", G, "Thôn Nam"),
                row(C, 3), row(C, 4), row(C, "Tổng cộng", D, "2 mô hình"),
                row(C, "Ghi chú: mô hình do chi hội đề nghị, xã đã công nhận."),
                row(D, "NGƯỜI LẬP BIỂU", F, "XÁC NHẬN CỦA LÃNH ĐẠO"), row(D, "(Ký, ghi rõ họ tên)", F, "(Ký tên, đóng dấu)"),
                row(), row(), row(D, "Nguyễn Thị Hoa", F, "Trần Văn Bình"), row(D, "Người lập: Nguyễn Thị Hoa")));

        // when
        FileOutcome outcome = intake.ingestDropFolder().files().get(0);

        // then
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(jdbc.sql("SELECT model_type || ' ' || name FROM green_model").query(String.class).list())
                .containsExactlyInAnyOrder("TUYEN_DUONG_TU_QUAN Đường trục thôn Nam", "GIA_DINH_XANH Gia đình bà Nguyễn Thị Lan");
    }

    @Test
    void aModelWithATypoInItsDayIsRejectedWithItsCellAndTheSignatureUnderItIsNot() throws IOException {
        // given
        SurroundedLogs.log(input.resolve("mo-hinh-loi.xlsx"), "Hội LHPN xã", ACTIVITIES, "Mô hình", models(
                row(C, 1, D, "Gia đình bà Nguyễn Thị Lan", E, "Gia đình xanh", F, "2O/10/2026"),
                row(C, "Cộng", D, "1 mô hình"), row(D, "NGƯỜI LẬP BIỂU"), row(D, "(Ký, ghi rõ họ tên)"), row(),
                row(D, "Nguyễn Thị Hoa")));

        // when
        FileOutcome outcome = intake.ingestDropFolder().files().get(0);

        // then
        assertThat(outcome.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(Files.readString(input.resolve("rejected/mo-hinh-loi.xlsx.loi.txt"), StandardCharsets.UTF_8))
                .contains("Tệp chưa được ghi nhận vì có 1 lỗi dưới đây.")
                .contains("1. Mô hình!F3: Ngày công nhận “2O/10/2026” không đọc được.");
    }

    /** The model sheet's title and headings (STT | Tên | Loại | Ngày công nhận | Địa bàn, from column C), then rows. */
    private static List<Object[]> models(Object[]... rows) {
        List<Object[]> all = new ArrayList<>();
        all.add(row(C, "DANH SÁCH MÔ HÌNH ĐIỂN HÌNH"));
        all.add(row(C, "STT", D, "Tên mô hình", E, "Loại mô hình", F, "Ngày công nhận", G, "Địa bàn"));
        all.addAll(List.of(rows));
        return all;
    }

    /** The sums in the database: activities, people, minutes, quantity. */
    String sums() {
        return jdbc.sql("SELECT COUNT(*) || ' ' || SUM(participants) || ' ' || SUM(minutes) || ' ' || SUM(quantity)"
                + " FROM activity").query(String.class).single();
    }
}
