package vn.xanh.mailbox.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names from mail, made safe to save: the last segment only (no path, no "..", no drive), no
 * control or reserved characters, no leading dot or "~$" (intake would take the file for a hidden or
 * lock file), a bounded length with the extension kept.
 */
public final class SafeNames {

    private static final int LONGEST = 120;

    private SafeNames() {
    }

    public static String of(String name) {
        String text = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
        text = text.substring(slash + 1);
        text = text.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (text.startsWith(".") || text.startsWith("~") || text.startsWith("$")) {
            text = text.substring(1).strip();
        }
        int dot = text.lastIndexOf('.');
        String stem = dot > 0 ? text.substring(0, dot).strip() : text;
        String extension = dot > 0 ? text.substring(dot).toLowerCase(Locale.ROOT) : "";
        if (stem.isEmpty()) {
            stem = "tep-dinh-kem";
        }
        if (stem.length() + extension.length() > LONGEST) {
            stem = stem.substring(0, Math.max(1, LONGEST - extension.length()));
        }
        return stem + extension;
    }

    public static boolean isWorkbook(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
    }

    public static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
