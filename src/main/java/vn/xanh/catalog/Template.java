package vn.xanh.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A submission workbook's shape, as laid out in {@code jobs/templates.yml}. {@code senders} are the kinds
 * of unit that send it ({@code unitKind} first); {@code activityLog} is set for the HOATDONG layout only.
 */
public record Template(String id, String name, UnitKind unitKind, Layout layout, List<Metric> metrics,
        OcopTable ocop, List<String> rowUnitColumn, List<String> nameColumn, String totalMetric, List<Flag> flags,
        List<UnitKind> senders, ActivityLog activityLog) {

    public enum Layout {
        FORM, MARKET_ROWS, HOUSEHOLD_REGISTER, ACTIVITY_LOG
    }

    /** The OCOP product list a cooperative adds to its form. */
    public record OcopTable(String title, List<String> nameColumn, List<String> greenColumn, Metric productsMetric,
            Metric greenMetric) {
    }

    /** A yes/no column of the household register and the metric that counts its yeses. */
    public record Flag(List<String> column, String metric) {
    }

    /** Asked for every row of every report: a loop, not a stream. */
    public Optional<Metric> metric(String code) {
        for (Metric metric : metrics) {
            if (metric.code().equals(code)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }
}
