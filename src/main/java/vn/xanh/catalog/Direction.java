package vn.xanh.catalog;

/** Whether higher values are better ({@code at_least}) or lower ones ({@code at_most}). */
public enum Direction {
    AT_LEAST, AT_MOST
}
