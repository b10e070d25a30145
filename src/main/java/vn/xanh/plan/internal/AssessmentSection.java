package vn.xanh.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.Unit;
import vn.xanh.indicators.BreakdownRepository;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;
import vn.xanh.plan.ChannelTotals;
import vn.xanh.plan.ExpectationCheck;
import vn.xanh.plan.ExpectationStatus;
import vn.xanh.system.Vietnamese;

/** Parts II to IV of the report: the assessment, the tasks ahead, and the place for proposals. */
public final class AssessmentSection {

    private AssessmentSection() {
    }

    public static void write(PartyDocument doc, ReportData d) {
        doc.heading("II. ĐÁNH GIÁ");
        doc.heading("1. Ưu điểm");
        strengths(doc, d);
        doc.heading("2. Hạn chế");
        shortcomings(doc, d);
        doc.heading("3. Nguyên nhân");
        doc.officePlace("Văn phòng Đảng ủy ghi nguyên nhân của ưu điểm, hạn chế (nguyên nhân khách quan, chủ quan)");
        doc.heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        tasks(doc, d);
        doc.heading("IV. ĐỀ XUẤT, KIẾN NGHỊ");
        doc.officePlace("Văn phòng Đảng ủy ghi đề xuất, kiến nghị với Ban Thường vụ Thành ủy và các cơ quan cấp trên");
    }

    private static void strengths(PartyDocument doc, ReportData d) {
        List<Indicator> good = indicators(d, Status.DAT, Status.DUNG_TIEN_DO);
        if (!good.isEmpty()) {
            doc.text("Các chỉ tiêu đã đạt hoặc đúng tiến độ: " + String.join("; ", good.stream()
                    .map(i -> i.code() + " " + i.name() + " (" + status(d, i) + ")").toList()) + ".");
        }
        long used = d.channels().stream().filter(c -> c.activities() > 0).count();
        if (used > 0) {
            doc.text("Công tác tuyên truyền được triển khai qua " + used + "/" + d.channels().size() + " hình thức của"
                    + " kế hoạch, với " + Words.count(d.channels().stream().mapToInt(ChannelTotals::activities).sum())
                    + " hoạt động.");
        }
        Map<String, List<ExpectationCheck>> byUnit = byUnit(d.checks());
        List<String> exemplary = byUnit.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(c -> c.status() == ExpectationStatus.MISSED)
                        && e.getValue().stream().anyMatch(c -> c.status() == ExpectationStatus.MET))
                .map(e -> d.unitName(e.getKey())).toList();
        if (!exemplary.isEmpty()) {
            doc.text("Các tổ chức, chi bộ thực hiện đầy đủ các yêu cầu của kế hoạch trong kỳ: "
                    + String.join(", ", exemplary) + ".");
        }
        if (!d.modelsInPeriod().isEmpty()) {
            doc.text("Có thêm " + d.modelsInPeriod().size() + " mô hình được công nhận trong kỳ.");
        }
    }

    private static void shortcomings(PartyDocument doc, ReportData d) {
        List<Indicator> behind = indicators(d, Status.CHAM, Status.NGUY_CO);
        if (behind.isEmpty()) {
            doc.text("Không có chỉ tiêu nào chậm tiến độ hoặc có nguy cơ không đạt.");
        }
        else {
            doc.text("Các chỉ tiêu chậm tiến độ hoặc có nguy cơ không đạt: " + String.join("; ", behind.stream()
                    .map(i -> i.code() + " " + i.name() + " (" + status(d, i) + holdingBack(d, i, "; kéo chậm nhất: ")
                            + ")").toList()) + ".");
        }
        List<String> silent = d.senders().stream().filter(u -> !d.monthsReported().containsKey(u.code()))
                .map(Unit::name).toList();
        if (!silent.isEmpty()) {
            doc.text("Các tổ chức, chi bộ không gửi báo cáo hoạt động nào trong kỳ: " + String.join(", ", silent) + ".");
        }
        int due = d.monthsDue();
        List<String> partial = d.senders().stream().filter(u -> d.monthsReported().containsKey(u.code())
                && d.monthsReported().get(u.code()) < due)
                .map(u -> u.name() + " (" + d.monthsReported().get(u.code()) + "/" + due + " tháng)").toList();
        if (!partial.isEmpty()) {
            doc.text("Gửi báo cáo hoạt động chưa đủ các tháng: " + String.join(", ", partial) + ".");
        }
        missed(d).forEach((name, checks) -> doc.text("Chưa thực hiện yêu cầu "
                + Vietnamese.quoted(name) + " (ít nhất "
                + checks.get(0).expectation().atLeast() + " lần mỗi kỳ): " + String.join("; ", checks.stream()
                        .map(c -> d.unitName(c.unitCode()) + " (" + c.window().shortLabel() + ": " + c.done() + " lần)")
                        .toList()) + "."));
    }

    private static void tasks(PartyDocument doc, ReportData d) {
        List<Indicator> behind = indicators(d, Status.CHAM, Status.NGUY_CO);
        if (!behind.isEmpty()) {
            doc.text("Tập trung lãnh đạo, chỉ đạo thực hiện các chỉ tiêu chậm tiến độ, có nguy cơ không đạt:");
        }
        for (Indicator indicator : behind) {
            IndicatorResult r = ResultsSection.result(d, indicator).orElseThrow();
            String gain = Words.gain(indicator, r.outlook().gainPerYear());
            doc.text("- " + indicator.name() + ": từ " + Words.value(indicator, r.measured().value()) + " phấn đấu đạt "
                    + Words.target(indicator).replaceFirst("^[≥≤] ", "") + " vào năm " + d.catalog().targetYear()
                    + (gain == null ? "" : ", mỗi năm cần " + gain) + holdingBack(d, indicator, "; tập trung ở ")
                    + ".");
        }
        missed(d).forEach((name, checks) -> doc.text("- " + String.join(", ", checks.stream()
                .map(c -> d.unitName(c.unitCode())).distinct().toList()) + " thực hiện nghiêm yêu cầu "
                + Vietnamese.quoted(name) + "."));
        doc.officePlace("Văn phòng Đảng ủy bổ sung các nhiệm vụ khác của thời gian tới");
    }

    private static Map<String, List<ExpectationCheck>> missed(ReportData d) {
        return d.checks().stream().filter(c -> c.status() == ExpectationStatus.MISSED)
                .collect(Collectors.groupingBy(c -> c.expectation().name(), LinkedHashMap::new, Collectors.toList()));
    }

    private static Map<String, List<ExpectationCheck>> byUnit(List<ExpectationCheck> checks) {
        return checks.stream().collect(Collectors.groupingBy(ExpectationCheck::unitCode, LinkedHashMap::new,
                Collectors.toList()));
    }

    private static List<Indicator> indicators(ReportData d, Status... statuses) {
        List<Status> wanted = List.of(statuses);
        List<Indicator> found = new ArrayList<>();
        for (Indicator indicator : d.catalog().indicators()) {
            ResultsSection.result(d, indicator).filter(r -> wanted.contains(r.status())).ifPresent(r -> found.add(indicator));
        }
        return found;
    }

    private static String status(ReportData d, Indicator indicator) {
        IndicatorResult r = ResultsSection.result(d, indicator).orElseThrow();
        return r.status().label() + ", " + Words.value(indicator, r.measured().value());
    }

    private static String holdingBack(ReportData d, Indicator indicator, String lead) {
        List<String> units = d.breakdowns().stream().filter(row -> row.code().equals(indicator.code()))
                .map(BreakdownRepository.Row::share)
                .filter(s -> s.position() != null && s.shortfall() != null && s.shortfall() > 0).limit(3)
                .map(s -> d.unitName(s.unit())).toList();
        return units.isEmpty() ? "" : lead + String.join(", ", units);
    }
}
