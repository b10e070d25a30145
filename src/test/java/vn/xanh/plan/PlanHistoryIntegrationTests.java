package vn.xanh.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.xanh.DemoYearTestSupport;
import vn.xanh.digest.DigestView;
import vn.xanh.digest.DigestViewFactory;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.report.ReportService;

/**
 * The demonstration's year of logs (the Veterans' Association silent, Chi bộ thôn An Lạc never meeting on
 * green topics, one month of broadcasts short) taken in, then the plan's expectations, the digest's
 * section, the report workbook and the periodic reports checked against it. Subclasses choose the database.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlanHistoryIntegrationTests extends DemoYearTestSupport {

    @Autowired
    PlanProgress progress;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ReportService reports;

    @Autowired
    DigestViewFactory views;

    @Test
    void checksEachExpectationPerWindowAndOrganisation() {
        // when
        List<ExpectationCheck> q3 = progress.checks(ReportPeriod.quarter(2026, 3), YearMonth.of(2026, 9));
        List<ExpectationCheck> q4 = progress.checks(ReportPeriod.quarter(2026, 4), YearMonth.of(2026, 10));

        // then
        assertThat(q3).filteredOn(c -> c.expectation().code().equals("SINH_HOAT_CHI_BO"))
                .extracting(ExpectationCheck::unitCode, ExpectationCheck::status)
                .contains(tuple("CB_THON_AN_LAC", ExpectationStatus.MISSED), tuple("CB_THON_DONG", ExpectationStatus.MET));
        assertThat(q3).filteredOn(c -> c.expectation().code().equals("PHAT_THANH_HANG_TUAN"))
                .extracting(c -> c.window().key(), ExpectationCheck::done, ExpectationCheck::status)
                .containsExactly(tuple("2026-07", 5, ExpectationStatus.MET), tuple("2026-08", 3, ExpectationStatus.MISSED),
                        tuple("2026-09", 5, ExpectationStatus.MET));
        assertThat(q3).filteredOn(c -> c.expectation().code().equals("HOI_NGHI_QUAN_TRIET"))
                .extracting(ExpectationCheck::unitCode, ExpectationCheck::status)
                .containsExactly(tuple("BAN_XDD", ExpectationStatus.MET));
        assertThat(q4).filteredOn(c -> c.unitCode().equals("CB_THON_AN_LAC"))
                .extracting(ExpectationCheck::status).containsExactly(ExpectationStatus.NOT_YET_DUE);
        // the year's movement: not yet due in October, missed once the year is over
        assertThat(progress.checks(ReportPeriod.year(2026), YearMonth.of(2026, 10)))
                .filteredOn(c -> c.unitCode().equals("HOI_ND")).extracting(ExpectationCheck::status)
                .containsExactly(ExpectationStatus.NOT_YET_DUE);
        assertThat(progress.checks(ReportPeriod.year(2026), YearMonth.of(2026, 12)))
                .filteredOn(c -> c.unitCode().equals("HOI_ND")).extracting(ExpectationCheck::status)
                .containsExactly(ExpectationStatus.MISSED);
        assertThat(progress.silent(ReportPeriod.quarter(2026, 3))).extracting(u -> u.code()).containsExactly("HOI_CCB");
    }

    @Test
    void theDigestSaysWhatWasDoneWhoIsSilentAndWhichCellsHaveNotMet() {
        // when
        DigestView view = views.create(TODAY, new DigestViewFactory.Measured(List.of(), List.of(), List.of(),
                List.of()), List.of(), List.of());

        // then: October's logs, by channel
        assertThat(view.plan().month()).isEqualTo("tháng 10/2026");
        Map<String, Integer> counted = jdbc.sql("SELECT a.form, COUNT(*) FROM activity a JOIN submission s"
                + " ON s.id = a.submission_id WHERE s.status = 'ACCEPTED' AND a.period_month = DATE '2026-10-01'"
                + " GROUP BY a.form").query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(view.plan().channels()).extracting(DigestView.ChannelLine::activities)
                .containsExactlyInAnyOrderElementsOf(counted.values());
        assertThat(view.plan().silent()).containsExactly("Hội Cựu chiến binh xã");
        assertThat(view.plan().expectations()).anyMatch(line -> line.startsWith("Sinh hoạt chi bộ có nội dung chuyển"
                + " đổi xanh (quý IV/2026, ít nhất 1 lần): chưa thực hiện ở") && line.contains("Chi bộ thôn An Lạc"));
        assertThat(view.plan().models()).anyMatch(line -> line.startsWith("Đã công nhận 7 mô hình"));
        // before the 5th, October's logs are still due
        assertThat(views.create(LocalDate.of(2026, 11, 3), new DigestViewFactory.Measured(List.of(), List.of(),
                List.of(), List.of()), List.of(), List.of()).plan().month())
                .isEqualTo("tháng 10/2026 (hạn gửi ngày 05/11/2026)");
    }

    @Autowired
    PeriodicReport periodic;

    @Test
    void theQuarterlyReportIsInThePartysFormatAndWrittenFromTheNumbers() throws Exception {
        // when
        ReportDocx report = new ReportDocx(periodic.write(ReportPeriod.quarter(2026, 3)));

        // then: A4, margins 20/20/30/15 mm, a title page without number, the number at the top from page 2
        var section = report.document.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(java.math.BigInteger.valueOf(16838));
        assertThat(List.of(section.getPgMar().getTop(), section.getPgMar().getBottom(), section.getPgMar().getLeft(),
                section.getPgMar().getRight())).extracting(Object::toString).containsExactly("1134", "1134", "1701", "850");
        assertThat(section.isSetTitlePg()).isTrue();
        assertThat(report.document.getHeaderList()).anyMatch(h -> h.getParagraphs().stream()
                .anyMatch(p -> p.getCTP().getFldSimpleList().stream().anyMatch(f -> f.getInstr().equals("PAGE"))));
        // Times New Roman throughout
        assertThat(report.document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
                .allMatch(run -> "Times New Roman".equals(run.getFontFamily()));
        // the header block, from jobs/plan.yml
        List<String> header = report.tables().get(0).get(0);
        assertThat(header.get(0)).contains("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY XÃ TÂN KỲ", "*", "Số       -BC/ĐU");
        assertThat(header.get(1)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Kỳ, ngày … tháng … năm …");
        var right = report.document.getTables().get(0).getRow(0).getCell(1).getParagraphs();
        assertThat(right.get(0).getRuns().get(0).getUnderline()).isEqualTo(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        assertThat(right.get(2).getRuns().get(0).isItalic()).isTrue();
        assertThat(report.paragraphs()).contains("BÁO CÁO", "Kết quả triển khai thực hiện Chương trình hành động số"
                + " 11-CTr/ĐU về chuyển đổi xanh quý III năm 2026");
        // the channel table: the ten forms, each number the sum of the logs
        assertChannelTable(report, "2026-07-01", "2026-09-01");
        // every target with its status
        assertTargets(report, LocalDate.of(2026, 9, 30));
        // the shortcomings name the silent organisation and the cell that never met
        List<String> shortcomings = report.between("2. Hạn chế", "3. Nguyên nhân");
        assertThat(shortcomings).anyMatch(p -> p.startsWith("Các tổ chức, chi bộ không gửi báo cáo hoạt động nào"
                + " trong kỳ: Hội Cựu chiến binh xã."));
        assertThat(shortcomings).anyMatch(p -> p.startsWith("Chưa thực hiện yêu cầu “Sinh hoạt chi bộ có nội dung"
                + " chuyển đổi xanh”") && p.contains("Chi bộ thôn An Lạc (quý III/2026: 0 lần)"));
        assertThat(report.paragraphs()).contains("[Văn phòng Đảng ủy ghi đề xuất, kiến nghị với Ban Thường vụ Thành ủy"
                + " và các cơ quan cấp trên]");
        List<String> closing = report.tables().get(2).get(0);
        assertThat(closing.get(0)).contains("Nơi nhận:", "Lưu Văn phòng Đảng ủy.");
        assertThat(closing.get(1)).contains("T/M BAN THƯỜNG VỤ", "BÍ THƯ");
        // the block is kept with the body's last paragraph; the page number is in the document's font
        assertThat(report.before(report.document.getTables().get(2)).isKeepNext()).isTrue();
        assertThat(report.pageNumberRuns()).isNotEmpty()
                .allMatch(run -> "Times New Roman".equals(run.getRPr().getRFontsArray(0).getHAnsi()));
    }

    @Test
    void monthAndYearReportsAndASecondGenerationIsTheSame() throws Exception {
        // when
        Path month = periodic.write(ReportPeriod.parse("2026-10").orElseThrow());
        String first = new ReportDocx(month).content();
        periodic.write(ReportPeriod.parse("2026-10").orElseThrow());
        ReportDocx again = new ReportDocx(month);
        ReportDocx year = new ReportDocx(periodic.write(ReportPeriod.parse("2026").orElseThrow()));

        // then
        assertThat(month.getFileName().toString()).isEqualTo("bao-cao-2026-10.docx");
        assertThat(again.content()).isEqualTo(first);
        assertThat(again.paragraphs()).contains("Kết quả triển khai thực hiện Chương trình hành động số 11-CTr/ĐU về"
                + " chuyển đổi xanh tháng 10 năm 2026");
        assertChannelTable(again, "2026-10-01", "2026-10-01");
        assertChannelTable(year, "2026-01-01", "2026-12-01");
        assertTargets(year, LocalDate.of(2026, 12, 31));
        assertThat(again.between("2. Hạn chế", "3. Nguyên nhân")).anyMatch(p -> p.contains("Hội Cựu chiến binh xã"));
        assertThat(year.between("2. Hạn chế", "3. Nguyên nhân")).anyMatch(p -> p.contains("Hội Cựu chiến binh xã"))
                .anyMatch(p -> p.contains("Chi bộ thôn An Lạc")).anyMatch(p -> p.contains("Hội Nông dân xã (năm 2026: 0 lần)"));
    }

    private void assertChannelTable(ReportDocx report, String firstMonth, String lastMonth) {
        List<List<String>> table = report.tables().get(1);
        assertThat(table.get(0)).containsExactly("STT", "Hình thức", "Số hoạt động", "Số người tham dự",
                "Thời lượng (phút)", "Số lượng");
        var forms = vn.xanh.TestWorkbooks.CATALOG.activityLogTemplate().orElseThrow().activityLog().forms();
        assertThat(table).hasSize(forms.size() + 2);
        long[] totals = new long[4];
        for (int i = 0; i < forms.size(); i++) {
            List<String> row = table.get(i + 1);
            List<Long> logged = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(a.participants), 0), COALESCE(SUM(a.minutes), 0),"
                    + " COALESCE(SUM(a.quantity), 0) FROM activity a JOIN submission s ON s.id = a.submission_id"
                    + " WHERE s.status = 'ACCEPTED' AND a.form = :form AND a.period_month BETWEEN :first AND :last")
                    .param("form", forms.get(i).code()).param("first", LocalDate.parse(firstMonth))
                    .param("last", LocalDate.parse(lastMonth))
                    .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
            assertThat(row.get(1)).isEqualTo(forms.get(i).name());
            assertThat(row.subList(2, 6).stream().map(ReportDocx::number).toList()).as(forms.get(i).code())
                    .isEqualTo(logged);
            for (int c = 0; c < 4; c++) {
                totals[c] += logged.get(c);
            }
        }
        List<String> sum = table.get(forms.size() + 1);
        assertThat(sum.get(1)).isEqualTo("Cộng");
        assertThat(sum.subList(2, 6).stream().map(ReportDocx::number).toList())
                .containsExactly(totals[0], totals[1], totals[2], totals[3]);
        assertThat(totals[0]).isPositive();
    }

    private void assertTargets(ReportDocx report, LocalDate asOf) {
        // the report reads the results of its period's end and stores none: a later run must not compare with them
        assertThat(indicators.stored(asOf)).isEmpty();
        var results = indicators.read(asOf).results();
        assertThat(results).hasSize(20);
        List<List<String>> appendix = report.tables().get(3);
        String body = String.join("\n", report.between("3. Kết quả thực hiện các chỉ tiêu", "4. Xây dựng"));
        for (var result : results) {
            assertThat(appendix).as(result.code()).anyMatch(row -> row.get(1).equals(result.code())
                    && row.get(6).equals(result.status().label()));
            assertThat(body).as(result.code()).containsPattern("- " + result.status().label() + ":[^\\n]*"
                    + result.code() + " ");
        }
    }

    @Test
    void theReportWorkbookHasTheActivitiesAndModelsAndActivitiesCsvSitsBesideFactsCsv() throws Exception {
        // given
        indicators.computeAndStore(TODAY);

        // when
        var files = reports.write(TODAY);

        // then
        // the last twelve months up to the run's: December 2025 to November 2026
        int logged = jdbc.sql("SELECT COUNT(*) FROM activity a JOIN submission s ON s.id = a.submission_id"
                + " WHERE s.status = 'ACCEPTED' AND a.period_month >= DATE '2025-12-01'").query(Integer.class).single();
        List<String> csv = Files.readAllLines(files.directory().resolve("activities.csv"));
        assertThat(csv).hasSize(logged + 1);
        assertThat(files.factsCsv()).exists();
        try (InputStream in = Files.newInputStream(files.workbook()); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet activities = workbook.getSheet("Hoạt động");
            Sheet models = workbook.getSheet("Mô hình");
            assertThat(activities.getLastRowNum()).isEqualTo(logged);
            assertThat(models.getLastRowNum()).isEqualTo(7);
            assertThat(models.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Gia đình xanh");
        }
    }
}
