package vn.xanh.catalog;

import java.util.Arrays;

/** The kinds of reporting units, with the Vietnamese word a clerk would use. */
public enum UnitKind {
    VILLAGE("village", "thôn"),
    COOPERATIVE("cooperative", "hợp tác xã"),
    MARKET_BOARD("market_board", "ban quản lý chợ"),
    MARKET("market", "chợ"),
    OFFICE("office", "UBND xã"),
    /** The Party Committee's boards and office, the Fatherland Front and the mass organisations. */
    TO_CHUC("to_chuc", "tổ chức"),
    /** A party cell (chi bộ). */
    CHI_BO("chi_bo", "chi bộ");

    private final String key;
    private final String label;

    UnitKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static UnitKind fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst().orElse(null);
    }
}
