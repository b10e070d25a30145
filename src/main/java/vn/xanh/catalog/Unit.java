package vn.xanh.catalog;

import java.util.List;

/** A village, cooperative, market board, market or the commune office. */
public record Unit(String code, String name, UnitKind kind, String parentCode, List<String> aliases) {
}
