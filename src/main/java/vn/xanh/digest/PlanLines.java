package vn.xanh.digest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.GreenModel;
import vn.xanh.plan.ChannelTotals;
import vn.xanh.plan.ExpectationCheck;
import vn.xanh.plan.ExpectationStatus;
import vn.xanh.plan.PlanProgress;
import vn.xanh.plan.ReportPeriod;
import vn.xanh.system.Vietnamese;

/**
 * Words the digest's "Triển khai kế hoạch" section: the last closed month, since its logs are the ones
 * that have come in, and the windows of the plan's expectations that hold that month.
 */
final class PlanLines {

    private final Catalog catalog;
    private final PlanProgress progress;

    PlanLines(Catalog catalog, PlanProgress progress) {
        this.catalog = catalog;
        this.progress = progress;
    }

    DigestView.PlanSection section(LocalDate asOf) {
        if (!progress.tracked()) {
            return null;
        }
        YearMonth month = YearMonth.from(asOf).minusMonths(1);
        ReportPeriod period = ReportPeriod.month(month);
        List<DigestView.ChannelLine> channels = progress.channels(period).stream().filter(c -> c.activities() > 0)
                .map(PlanLines::line).toList();
        List<String> silent = progress.silent(period).stream().map(Unit::name).toList();
        List<String> expectations = new ArrayList<>();
        Map<String, List<ExpectationCheck>> open = progress.checks(period, month).stream()
                .filter(c -> c.status() != ExpectationStatus.MET && c.window().contains(month))
                .collect(Collectors.groupingBy(c -> c.expectation().code(), java.util.LinkedHashMap::new,
                        Collectors.toList()));
        open.values().forEach(checks -> {
            ExpectationCheck first = checks.get(0);
            expectations.add(first.expectation().name() + " (" + first.window().shortLabel() + ", ít nhất "
                    + first.expectation().atLeast() + " lần): chưa thực hiện ở " + String.join(", ", checks.stream()
                            .map(c -> catalog.units().nameOf(c.unitCode()) + (c.done() > 0 ? " (" + c.done() + " lần)" : "")).toList())
                    + ".");
        });
        List<GreenModel> all = progress.modelsToDate(period);
        List<String> models = new ArrayList<>();
        if (!all.isEmpty()) {
            models.add("Đã công nhận " + all.size() + " mô hình: " + String.join(", ", all.stream()
                    .collect(Collectors.groupingBy(GreenModel::type, java.util.LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream().map(e -> e.getValue() + " " + catalog.modelTypeName(e.getKey())).toList()) + ".");
            all.stream().filter(m -> m.reportedFor().equals(month)).forEach(m -> models.add("Mới trong tháng: "
                    + catalog.modelTypeName(m.type()) + " " + Vietnamese.quoted(m.name())
                    + (m.place() == null ? "" : ", " + m.place())
                    + " (" + catalog.units().nameOf(m.unitCode()) + " báo cáo)."));
        }
        // Before the reporting deadline the month's logs are still coming in: say so rather than blame.
        LocalDate deadline = month.plusMonths(1).atDay(catalog.schedule().reportDeadlineDay());
        String label = period.shortLabel() + (asOf.isAfter(deadline) ? ""
                : " (hạn gửi ngày " + Vietnamese.date(deadline) + ")");
        return new DigestView.PlanSection(label, channels, silent, expectations, models);
    }

    private static DigestView.ChannelLine line(ChannelTotals c) {
        return new DigestView.ChannelLine(c.name(), c.activities(),
                c.participants() == 0 ? "–" : Vietnamese.number(c.participants()),
                c.minutes() == 0 ? "–" : Vietnamese.number(c.minutes()));
    }
}
