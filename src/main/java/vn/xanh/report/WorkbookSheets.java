package vn.xanh.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Indicator;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.Problem;
import vn.xanh.facts.Submission;
import vn.xanh.facts.ProblemRepository;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.indicators.BreakdownRepository;
import vn.xanh.indicators.CompletenessRepository;
import vn.xanh.system.Vietnamese;

/** Fills the report workbook, in Vietnamese, from what the indicators step stored. */
@Component
class WorkbookSheets {

    private final Catalog catalog;
    private final SubmissionRepository submissions;
    private final ProblemRepository problems;

    WorkbookSheets(Catalog catalog, SubmissionRepository submissions, ProblemRepository problems) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.problems = problems;
    }

    void write(Path file, LocalDate asOf, List<IndicatorColumns.Line> indicators,
            List<BreakdownRepository.Row> breakdowns, List<CompletenessRepository.Row> completeness,
            List<EffectiveFact> facts, ActivityRows logs) throws IOException {
        try (ReportWorkbook workbook = new ReportWorkbook()) {
            workbook.sheet("Chỉ tiêu", IndicatorColumns.sheet(catalog.targetYear()), indicators);
            UnitColumns.Breakdown breakdown = new UnitColumns.Breakdown(catalog);
            for (Indicator indicator : catalog.indicators()) {
                List<BreakdownRepository.Row> rows = breakdowns.stream()
                        .filter(row -> row.code().equals(indicator.code())).toList();
                if (!rows.isEmpty()) {
                    workbook.sheet(indicator.code() + " theo đơn vị", breakdown.sheet(indicator.unit()), rows);
                }
            }
            workbook.sheet("Tình hình báo cáo", new UnitColumns.Completeness(catalog).sheet(), completeness);
            workbook.sheet("Tệp đã nhận", fileSheet(), submissions.forDigest(asOf));
            workbook.sheet("Số liệu", new UnitColumns.Facts(catalog).sheet(), facts);
            if (catalog.activityLogTemplate().isPresent()) {
                workbook.sheet("Hoạt động", logs.activitySheet(), logs.activities());
                workbook.sheet("Mô hình", logs.modelSheet(), logs.models());
            }
            workbook.write(file);
        }
    }

    /** The sheet "Tệp đã nhận": each file received, what became of it and why. */
    private Columns<Submission> fileSheet() {
        return Columns.of(Column.of("Tệp", Submission::fileName), Column.of("Kết quả", WorkbookSheets::outcome),
                Column.of("Đơn vị", s -> s.unitCode() == null ? "" : catalog.units().nameOf(s.unitCode())),
                Column.of("Tháng", s -> Vietnamese.month(s.period())),
                Column.of("Lý do, lưu ý", s -> problems.of(s.id()).stream().map(Problem::located)
                        .collect(Collectors.joining("\n"))));
    }

    private static String outcome(Submission submission) {
        return switch (submission.status()) {
            case ACCEPTED -> "Đã nhận";
            case SUPERSEDED -> "Đã nhận, sau đó được thay bằng bản đính chính";
            case REJECTED -> "Bị trả lại";
            case DUPLICATE -> "Trùng tệp đã nhận";
            case HELD -> "Chờ cán bộ xã xác nhận, chưa được tính";
        };
    }
}
