package vn.xanh.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.xanh.catalog.Indicator;
import vn.xanh.facts.Activity;
import vn.xanh.facts.GreenModel;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;
import vn.xanh.plan.ChannelTotals;
import vn.xanh.plan.ExpectationStatus;
import vn.xanh.system.Vietnamese;

/** Part I of the report, "Kết quả thực hiện", written from the numbers. */
public final class ResultsSection {

    static final List<String> CHANNEL_HEADINGS = List.of("STT", "Hình thức", "Số hoạt động", "Số người tham dự",
            "Thời lượng (phút)", "Số lượng");

    private ResultsSection() {
    }

    public static void write(PartyDocument doc, ReportData d) {
        doc.heading("I. KẾT QUẢ THỰC HIỆN");
        leadership(doc, d);
        channels(doc, d);
        targets(doc, d);
        models(doc, d);
    }

    private static void leadership(PartyDocument doc, ReportData d) {
        doc.heading("1. Công tác lãnh đạo, chỉ đạo");
        for (String code : d.catalog().plan().leadership()) {
            List<Activity> own = d.activities().stream().filter(a -> a.unitCode().equals(code)).toList();
            if (own.isEmpty()) {
                doc.text(d.unitName(code) + " chưa báo cáo hoạt động nào trong kỳ.");
                continue;
            }
            Map<String, List<Activity>> byForm = own.stream().collect(Collectors.groupingBy(Activity::form,
                    LinkedHashMap::new, Collectors.toList()));
            List<String> parts = new ArrayList<>();
            byForm.forEach((form, list) -> parts.add(list.size() + " hoạt động "
                    + Vietnamese.quoted(d.catalog().formName(form)) + amounts(list)));
            doc.text(d.unitName(code) + " đã tổ chức, tham mưu thực hiện " + own.size() + " hoạt động: "
                    + String.join("; ", parts) + ".");
        }
        int due = d.monthsDue();
        long complete = d.senders().stream().filter(u -> d.monthsReported().getOrDefault(u.code(), 0L) >= due).count();
        long silent = d.senders().stream().filter(u -> !d.monthsReported().containsKey(u.code())).count();
        doc.text("Ban Thường vụ Đảng ủy theo dõi việc thực hiện qua báo cáo hoạt động hằng tháng: " + complete + "/"
                + d.senders().size() + " tổ chức, chi bộ gửi đủ báo cáo " + due + " tháng của kỳ"
                + (silent == 0 ? "." : ", " + silent + " đơn vị không gửi báo cáo nào.")
                + " Đối chiếu với các yêu cầu của kế hoạch: " + count(d, ExpectationStatus.MET) + " lượt đạt, "
                + count(d, ExpectationStatus.MISSED) + " lượt không đạt, " + count(d, ExpectationStatus.NOT_YET_DUE)
                + " lượt chưa đến hạn.");
    }

    private static long count(ReportData d, ExpectationStatus status) {
        return d.checks().stream().filter(c -> c.status() == status).count();
    }

    private static String amounts(List<Activity> list) {
        int people = list.stream().map(Activity::participants).filter(java.util.Objects::nonNull).mapToInt(i -> i).sum();
        int minutes = list.stream().map(Activity::minutes).filter(java.util.Objects::nonNull).mapToInt(i -> i).sum();
        int items = list.stream().map(Activity::quantity).filter(java.util.Objects::nonNull).mapToInt(i -> i).sum();
        List<String> parts = new ArrayList<>();
        if (people > 0) {
            parts.add(Words.count(people) + " lượt người tham dự");
        }
        if (minutes > 0) {
            parts.add(Words.count(minutes) + " phút");
        }
        if (items > 0) {
            parts.add("số lượng " + Words.count(items));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static void channels(PartyDocument doc, ReportData d) {
        doc.heading("2. Công tác tuyên truyền, quán triệt");
        List<ChannelTotals> channels = d.channels();
        int total = channels.stream().mapToInt(ChannelTotals::activities).sum();
        int people = channels.stream().mapToInt(ChannelTotals::participants).sum();
        int minutes = channels.stream().mapToInt(ChannelTotals::minutes).sum();
        int quantity = channels.stream().mapToInt(ChannelTotals::quantity).sum();
        long used = channels.stream().filter(c -> c.activities() > 0).count();
        if (total == 0) {
            doc.text("Trong kỳ, các tổ chức, chi bộ chưa báo cáo hoạt động tuyên truyền nào.");
        }
        else {
            ChannelTotals most = channels.stream().max(java.util.Comparator.comparingInt(ChannelTotals::activities))
                    .orElseThrow();
            doc.text("Trong kỳ, các tổ chức, chi bộ đã thực hiện " + Words.count(total) + " hoạt động tuyên truyền,"
                    + " quán triệt qua " + used + "/" + channels.size() + " hình thức của kế hoạch, với "
                    + Words.count(people) + " lượt người tham dự và " + Words.count(minutes) + " phút phát thanh,"
                    + " sinh hoạt, hội nghị; nhiều nhất là " + Words.lower(most.name()) + " (" + most.activities()
                    + " hoạt động). Kết quả theo từng hình thức:");
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ChannelTotals c : channels) {
            rows.add(List.of(Integer.toString(n++), c.name(), Words.count(c.activities()), Words.count(c.participants()),
                    Words.count(c.minutes()), Words.count(c.quantity())));
        }
        rows.add(List.of("", "Cộng", Words.count(total), Words.count(people), Words.count(minutes),
                Words.count(quantity)));
        doc.table(CHANNEL_HEADINGS, rows, new int[] {800, 3500, 1200, 1300, 1300, 1200}, 12, true);
    }

    private static void targets(PartyDocument doc, ReportData d) {
        doc.heading("3. Kết quả thực hiện các chỉ tiêu");
        Map<Status, List<Indicator>> byStatus = new LinkedHashMap<>();
        for (Status status : List.of(Status.DAT, Status.DUNG_TIEN_DO, Status.CHAM, Status.NGUY_CO, Status.CHUA_DANH_GIA,
                Status.KHONG_DU_LIEU)) {
            byStatus.put(status, new ArrayList<>());
        }
        for (Indicator indicator : d.catalog().indicators()) {
            byStatus.get(result(d, indicator).map(IndicatorResult::status).orElse(Status.KHONG_DU_LIEU)).add(indicator);
        }
        doc.text("Tính đến ngày " + Vietnamese.date(d.period().end()) + ", trong " + d.catalog().indicators().size()
                + " chỉ tiêu của Chương trình hành động: " + byStatus.get(Status.DAT).size() + " chỉ tiêu đã đạt, "
                + byStatus.get(Status.DUNG_TIEN_DO).size() + " chỉ tiêu đúng tiến độ, "
                + byStatus.get(Status.CHAM).size() + " chỉ tiêu chậm tiến độ, " + byStatus.get(Status.NGUY_CO).size()
                + " chỉ tiêu có nguy cơ không đạt, " + notYetJudged(byStatus.get(Status.CHUA_DANH_GIA).size())
                + byStatus.get(Status.KHONG_DU_LIEU).size()
                + " chỉ tiêu chưa có số liệu. Cụ thể:");
        byStatus.forEach((status, indicators) -> {
            if (!indicators.isEmpty()) {
                doc.text("- " + status.label() + ": " + String.join("; ", indicators.stream()
                        .map(i -> describe(d, i)).toList()) + ".");
            }
        });
    }

    /** Named only when there are some, so that a report with every indicator judged reads as before. */
    private static String notYetJudged(int count) {
        return count == 0 ? "" : count + " chỉ tiêu " + Words.lower(Status.CHUA_DANH_GIA.label()) + ", ";
    }

    static String describe(ReportData d, Indicator indicator) {
        IndicatorResult r = result(d, indicator).orElse(null);
        StringBuilder text = new StringBuilder(indicator.code() + " " + indicator.name());
        if (r == null || r.measured().value() == null) {
            return text.append(" (mục tiêu ").append(Words.target(indicator)).append(")").toString();
        }
        text.append(": đạt ").append(Words.value(indicator, r.measured().value()));
        r.baselineOnly().ifPresent(from -> text.append(" (số liệu tháng ").append(from.getMonthValue()).append("/")
                .append(from.getYear()).append(")"));
        text.append(", mục tiêu ").append(Words.target(indicator));
        String gain = Words.gain(indicator, r.outlook().gainPerYear());
        if (r.needsAttention() && gain != null) {
            text.append(", mỗi năm còn cần ").append(gain);
        }
        return text.toString();
    }

    static java.util.Optional<IndicatorResult> result(ReportData d, Indicator indicator) {
        return d.results().stream().filter(r -> r.code().equals(indicator.code())).findFirst();
    }

    private static void models(PartyDocument doc, ReportData d) {
        doc.heading("4. Xây dựng, nhân rộng mô hình");
        if (d.modelsInPeriod().isEmpty()) {
            doc.text("Trong kỳ chưa có mô hình mới được công nhận.");
        }
        else {
            doc.text("Trong kỳ, " + d.modelsInPeriod().size() + " mô hình được công nhận: " + String.join("; ",
                    d.modelsInPeriod().stream().map(m -> d.catalog().modelTypeName(m.type()) + " "
                            + Vietnamese.quoted(m.name())
                            + (m.place() == null ? "" : " (" + m.place() + ")")).toList()) + ".");
        }
        Map<String, Long> byType = d.modelsToDate().stream().collect(Collectors.groupingBy(GreenModel::type,
                LinkedHashMap::new, Collectors.counting()));
        doc.text("Lũy kế từ khi triển khai kế hoạch đến hết kỳ, toàn xã có " + d.modelsToDate().size() + " mô hình"
                + (byType.isEmpty() ? "." : ": " + String.join(", ", byType.entrySet().stream()
                        .map(e -> e.getValue() + " mô hình "
                                + Vietnamese.quoted(d.catalog().modelTypeName(e.getKey()))).toList())
                        + "."));
    }
}
