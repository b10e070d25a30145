package vn.xanh.catalog;

import java.util.List;

/**
 * A village, cooperative, market board, market or the commune office.
 *
 * @param emails the addresses its reports come from and its answers and reminders go to (may be empty)
 * @param submitsForAll whether its addresses may send any unit's report ({@code submits_for: all}: the office's
 *        clerks forward reports)
 */
public record Unit(String code, String name, UnitKind kind, String parentCode, List<String> aliases,
        List<String> emails, boolean submitsForAll) {

    public Unit(String code, String name, UnitKind kind, String parentCode, List<String> aliases, List<String> emails) {
        this(code, name, kind, parentCode, aliases, emails, false);
    }
}
