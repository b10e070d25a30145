package vn.xanh.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Metric;
import vn.xanh.facts.HeldRepository.Change;
import vn.xanh.system.Vietnamese;

/**
 * The words for what approvals changed in closed months, one line per approval: "Thôn Nam, tháng 10/2026:
 * Tổng số hộ dân 120 → 130 hộ; … (xác nhận bởi …, lúc …)". Shared by the digest and the periodic reports.
 */
public final class Adjustments {

    private Adjustments() {
    }

    public static List<String> lines(Catalog catalog, List<Change> changes) {
        Map<String, List<Change>> byApproval = new LinkedHashMap<>();
        for (Change change : changes) {
            byApproval.computeIfAbsent(change.decidedAt() + "\n" + change.decidedBy() + "\n" + change.unitCode() + "\n"
                    + change.period(), key -> new ArrayList<>()).add(change);
        }
        List<String> lines = new ArrayList<>();
        List<String> order = catalog.metrics().map(Metric::code).toList();
        for (List<Change> group : byApproval.values()) {
            Change first = group.get(0);
            // In the template's order, as the unit's report lists them.
            List<String> values = group.stream().sorted(java.util.Comparator.comparingInt(c -> order.indexOf(c.metric())))
                    .map(change -> value(catalog, change)).toList();
            lines.add(catalog.units().nameOf(first.unitCode()) + ", tháng " + Vietnamese.month(first.period()) + ": " + String.join("; ", values) + " (xác nhận bởi "
                    + first.decidedBy() + ", lúc " + Vietnamese.dateTime(first.decidedAt()) + ").");
        }
        return lines;
    }

    private static String value(Catalog catalog, Change change) {
        Metric metric = catalog.metric(change.metric()).orElse(null);
        String label = metric == null ? change.metric() : metric.label();
        String unit = metric == null || metric.unit() == null ? "" : " " + metric.unit();
        return label + ": " + amount(change.before(), unit) + " → " + amount(change.after(), unit);
    }

    private static String amount(BigDecimal value, String unit) {
        return value == null ? "(không có)" : Vietnamese.number(value.doubleValue()) + unit;
    }
}
