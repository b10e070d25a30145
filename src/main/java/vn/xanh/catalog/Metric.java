package vn.xanh.catalog;

/**
 * A number that a submitter reports. {@code atMost} names the metric this one is a part of, so the
 * part can never exceed its whole; {@code households} marks a village's total of households, which no count
 * in the same unit may exceed.
 */
public record Metric(String code, String label, String unit, MetricKind kind, boolean whole, String atMost,
        boolean households) {
}
