package vn.xanh.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text the way names and labels are compared: NFC, lower case, without diacritics,
 * single spaces, and the usual abbreviations ("Hợp tác xã" and "HTX") made one.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final String[][] SYNONYMS = {
            {"hop tac xa", "htx"}, {"uy ban nhan dan", "ubnd"}, {"ban quan ly", "bql"},
            {"mat tran to quoc", "mttq"}, {"lien hiep phu nu", "lhpn"}, {"doan thanh nien", "doan tn"},
            {"cuu chien binh", "ccb"}, {"chi bo", "cb"}};

    private Names() {
    }

    /** Text as typed, in Unicode NFC (Mac and some web forms send NFD). */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        // Every text cell of a register comes here: most are plain Latin (no character from the combining marks
        // on, U+0300, so nothing to compose) or already composed, and neither needs a copy.
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /**
     * Texts already folded: the same headings and labels come back in every report, and folding (a Unicode
     * decomposition and two regular expressions) was a tenth of reading a small report. Bounded, as the
     * values of a large register are never looked up twice.
     */
    private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 20_000;
    private static final int FOLDED_MAX_LENGTH = 120;

    /** Lower case, no diacritics, single spaces, trimmed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = FOLDED.get(text);
        if (folded == null) {
            folded = foldUncached(text);
            if (text.length() <= FOLDED_MAX_LENGTH && FOLDED.size() < FOLDED_MAX) {
                FOLDED.put(text, folded);
            }
        }
        return folded;
    }

    private static String foldUncached(String text) {
        return SPACES.matcher(unaccented(text).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The text without diacritics, its case and spaces kept: "Thôn Đông" becomes "Thon Dong". */
    public static String unaccented(String text) {
        String plain = text.replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
    }

    /** {@link #fold} and the abbreviations made one, for matching unit names. */
    public static String foldName(String text) {
        if (text == null) {
            return foldNameUncached(null);
        }
        // Every report's unit is looked up among every unit's name and aliases: fold those once.
        String folded = FOLDED_NAMES.get(text);
        if (folded == null) {
            folded = foldNameUncached(text);
            if (text.length() <= FOLDED_MAX_LENGTH && FOLDED_NAMES.size() < FOLDED_MAX) {
                FOLDED_NAMES.put(text, folded);
            }
        }
        return folded;
    }

    private static final java.util.Map<String, String> FOLDED_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String foldNameUncached(String text) {
        String folded = " " + fold(text).replace('.', ' ') + " ";
        for (String[] synonym : SYNONYMS) {
            folded = folded.replace(" " + synonym[0] + " ", " " + synonym[1] + " ");
        }
        return SPACES.matcher(folded).replaceAll(" ").trim();
    }
}
