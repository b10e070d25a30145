package vn.xanh.catalog;

import java.util.List;

/**
 * A village, cooperative, market board, market or the commune office.
 *
 * @param emails the addresses its reports come from and its answers and reminders go to (may be empty)
 */
public record Unit(String code, String name, UnitKind kind, String parentCode, List<String> aliases,
        List<String> emails) {
}
