package vn.xanh.system;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text someone else chose (a file name, a mail's subject or sender, a cell's words), made safe to show and to
 * use as a file name: no control characters of any kind (C0, C1, line and paragraph separators, the invisible
 * format characters: bidirectional overrides and isolates, zero-width spaces and joiners, the byte-order mark),
 * and a file name never longer than {@link #LONGEST_NAME} bytes of UTF-8, since file systems count bytes (255
 * on ext4) and a Vietnamese letter takes two or three.
 */
public final class ForeignText {

    /** The longest name we give a file: room is left for " (12)", ".loi.txt" and ".loi" within 255 bytes. */
    public static final int LONGEST_NAME = 200;

    /** An extension is kept when it is this short; a "name.ễễễ…" has none worth keeping. */
    private static final int LONGEST_EXTENSION = 16;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\x{FFFE}\\x{FFFF}]");
    private static final Pattern CONTROL_BUT_NEWLINE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}&&[^\\n]]");

    private ForeignText() {
    }

    /** One line: control characters become spaces, invisible ones go; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return CONTROL.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ");
    }

    /** Several lines (a report, an answer): the line breaks kept as {@code \n}, every other control removed. */
    public static String cleanLines(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.replace("\r\n", "\n");
        return CONTROL_BUT_NEWLINE.matcher(INVISIBLE.matcher(lines).replaceAll("")).replaceAll(" ");
    }

    /** For a log line: line breaks written as {@code \n} and {@code \r}, so one entry cannot pose as two. */
    public static String forLog(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString().replace("\r", "\\r").replace("\n", "\\n").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
        return clean(text);
    }

    /**
     * A file name within {@link #LONGEST_NAME} bytes: composed (NFC), without controls, cut on a character
     * boundary with its extension kept; an empty name stays empty.
     */
    public static String fitName(String name) {
        return fitName(name, "");
    }

    /** "x.xlsx" as the n-th of its name, "x (n).xlsx", still within {@link #LONGEST_NAME} bytes. */
    public static String numbered(String name, int n) {
        return fitName(name, " (" + n + ")");
    }

    private static String fitName(String name, String suffix) {
        String text = clean(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)).strip();
        int dot = text.lastIndexOf('.');
        boolean hasExtension = dot > 0 && text.length() - dot <= LONGEST_EXTENSION;
        String stem = hasExtension ? text.substring(0, dot) : text;
        String extension = hasExtension ? text.substring(dot) : "";
        int room = LONGEST_NAME - bytes(suffix) - bytes(extension);
        return cut(stem, room) + suffix + extension;
    }

    /** The longest start of the text within so many bytes, ending between two characters as a reader sees them. */
    static String cut(String text, int maxBytes) {
        if (bytes(text) <= maxBytes) {
            return text;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int end = 0;
        int used = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            used += bytes(text.substring(end, next));
            if (used > maxBytes) {
                break;
            }
            end = next;
        }
        return text.substring(0, end).strip();
    }

    public static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
