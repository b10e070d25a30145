package vn.xanh.catalog;

/** Who receives the daily digest, by role, and whether the report workbook goes with it. */
public record Recipient(String role, String name, String email, boolean attachment) {
}
