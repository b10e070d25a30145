package vn.xanh.catalog;

import java.util.List;
import java.util.Optional;

/** A submission workbook's shape, as laid out in {@code jobs/templates.yml}. */
public record Template(String id, String name, UnitKind unitKind, Layout layout, List<Metric> metrics,
        OcopTable ocop, List<String> rowUnitColumn, List<String> nameColumn, String totalMetric, List<Flag> flags) {

    public enum Layout {
        FORM, MARKET_ROWS, HOUSEHOLD_REGISTER
    }

    /** The OCOP product list a cooperative adds to its form. */
    public record OcopTable(String title, List<String> nameColumn, List<String> greenColumn, Metric productsMetric,
            Metric greenMetric) {
    }

    /** A yes/no column of the household register and the metric that counts its yeses. */
    public record Flag(List<String> column, String metric) {
    }

    public Optional<Metric> metric(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
