package vn.xanh.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import vn.xanh.indicators.calc.IndicatorResult;
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

    void write(Path file, LocalDate asOf, List<IndicatorResult> results, List<BreakdownRepository.Row> breakdowns,
            List<CompletenessRepository.Row> completeness, List<EffectiveFact> facts, ActivityRows logs)
            throws IOException {
        Map<String, IndicatorResult> byCode = results.stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
        try (ReportWorkbook workbook = new ReportWorkbook()) {
            workbook.sheet("Chỉ tiêu", List.of("Mã", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Mục tiêu " + catalog.targetYear(),
                    "Mức đạt (%)", "Tình trạng", "Lộ trình hôm nay", "Dự báo " + catalog.targetYear(), "Đánh giá dự báo", "Cần thêm mỗi năm",
                    "Đơn vị báo cáo", "Đơn vị phải báo cáo", "Tử số", "Mẫu số", "Giá trị gốc", "Ngày gốc", "Ghi chú"),
                    indicatorRows(byCode));
            for (Indicator indicator : catalog.indicators()) {
                List<List<Object>> rows = breakdowns.stream().filter(row -> row.code().equals(indicator.code()))
                        .map(row -> Arrays.<Object>asList(row.share().position(), unitName(row.share().unit()),
                                row.share().value(), row.share().numerator(), row.share().denominator(),
                                row.share().shortfall()))
                        .toList();
                if (!rows.isEmpty()) {
                    workbook.sheet(indicator.code() + " theo đơn vị", List.of("Thứ tự kéo chậm", "Đơn vị",
                            "Giá trị (" + indicator.unit() + ")", "Tử số", "Mẫu số", "Còn thiếu"), rows);
                }
            }
            workbook.sheet("Tình hình báo cáo", List.of("Tháng", "Đơn vị", "Tình trạng", "Ngày nhận",
                    "Số tháng liền không báo cáo"), completeness.stream()
                    .map(row -> Arrays.<Object>asList(Vietnamese.month(row.period()),
                            unitName(row.unitCode()), row.status().label(), row.arrived(), row.silentMonths()))
                    .toList());
            workbook.sheet("Tệp đã nhận", List.of("Tệp", "Kết quả", "Đơn vị", "Tháng", "Lý do, lưu ý"),
                    fileRows(asOf));
            workbook.sheet("Số liệu", List.of("Đơn vị", "Tháng", "Mã số", "Chỉ tiêu", "Giá trị", "Tệp"), facts.stream()
                    .map(f -> Arrays.<Object>asList(unitName(f.unitCode()), f.period().toString(), f.metric(),
                            catalog.metric(f.metric()).map(m -> m.label()).orElse(""), f.value(), f.fileName()))
                    .toList());
            if (catalog.activityLogTemplate().isPresent()) {
                workbook.sheet("Hoạt động", ActivityRows.ACTIVITY_HEADINGS, logs.activitySheet());
                workbook.sheet("Mô hình", ActivityRows.MODEL_HEADINGS, logs.modelSheet());
            }
            workbook.write(file);
        }
    }

    private List<List<Object>> indicatorRows(Map<String, IndicatorResult> byCode) {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            IndicatorResult r = byCode.get(indicator.code());
            if (r != null) {
                rows.add(Arrays.asList(indicator.code(), indicator.name(), r.measured().value(), indicator.unit(),
                        r.measured().target(), r.progress().attainment(), r.status(), r.progress().trajectory(),
                        r.outlook().projection(), r.outlook().forecast().label(), r.outlook().gainPerYear(),
                        r.measured().unitsReporting(), r.measured().unitsExpected(), r.measured().numerator(),
                        r.measured().denominator(), r.progress().baselineValue(), r.progress().baselineDate(), r.note()));
            }
        }
        return rows;
    }

    private List<List<Object>> fileRows(LocalDate asOf) {
        List<List<Object>> rows = new ArrayList<>();
        for (Submission s : submissions.forDigest(asOf)) {
            String reasons = problems.of(s.id()).stream().map(Problem::located)
                    .collect(Collectors.joining("\n"));
            rows.add(Arrays.asList(s.fileName(), outcome(s), s.unitCode() == null ? "" : unitName(s.unitCode()),
                    Vietnamese.month(s.period()), reasons));
        }
        return rows;
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

    private String unitName(String code) {
        return catalog.units().nameOf(code);
    }
}
