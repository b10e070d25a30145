package vn.xanh.catalog;

/** A stock is a level at the end of a period; a flow is an amount during it, summed year to date. */
public enum MetricKind {
    STOCK, FLOW
}
