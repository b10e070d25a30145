package vn.xanh.mailbox.internal;

import java.text.Normalizer;
import java.util.Locale;

import vn.xanh.system.ForeignText;

/**
 * File names from mail, made safe to save: the last segment only (no path, no "..", no drive), no
 * control or reserved characters, no leading dot or "~$" (intake would take the file for a hidden or
 * lock file), at most {@link ForeignText#LONGEST_NAME} bytes with the extension kept ({@link ForeignText}'s
 * one rule for every name someone else chose).
 */
public final class SafeNames {

    private SafeNames() {
    }

    public static String of(String name) {
        String text = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
        text = text.substring(slash + 1);
        text = ForeignText.clean(text.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_")).strip();
        while (text.startsWith(".") || text.startsWith("~") || text.startsWith("$")) {
            text = text.substring(1).strip();
        }
        int dot = text.lastIndexOf('.');
        String stem = dot > 0 ? text.substring(0, dot).strip() : text;
        String extension = dot > 0 ? text.substring(dot).toLowerCase(Locale.ROOT) : "";
        if (stem.isEmpty()) {
            stem = "tep-dinh-kem";
        }
        return ForeignText.fitName(stem + extension);
    }

    /** "x.xlsx" as the n-th of its name: "x (n).xlsx", within the same bytes. */
    public static String numbered(String name, int n) {
        return ForeignText.numbered(name, n);
    }

    public static boolean isWorkbook(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
    }

    public static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
