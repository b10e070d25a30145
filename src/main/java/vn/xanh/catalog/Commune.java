package vn.xanh.catalog;

public record Commune(String name, String province) {
}
