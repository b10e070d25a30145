package vn.xanh.intake.internal.workbook;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Whether an XML part declares a document type, the door to entity expansion: read from the part's first bytes
 * through its prolog (the XML declaration, comments, processing instructions), where alone XML allows a
 * {@code <!DOCTYPE}, up to its root element. Scanning a part's whole head for one was a tenth of reading a report.
 */
final class XmlProlog {

    private XmlProlog() {
    }

    /**
     * Whether the head declares anything but comments before its root element (a {@code <!DOCTYPE}, in any case
     * or encoding), or, when it is not the whole part, has not reached the root element at all: a prolog that
     * long hides what follows it, and no workbook writes one.
     */
    static boolean declaresDoctype(byte[] head, int length, boolean wholePart) {
        Boolean declares = declares(text(head, length));
        return declares == null ? !wholePart : declares;
    }

    /** True for a declaration, false at the root element, null when the text ends inside the prolog. */
    private static Boolean declares(CharSequence xml) {
        int n = xml.length();
        int at = 0;
        while (true) {
            while (at < n && xml.charAt(at) != '<') {
                at++;
            }
            if (at + 3 >= n) {
                return null;
            }
            char next = xml.charAt(at + 1);
            if (next == '?') {
                at = after(xml, "?>", at + 2);
            }
            else if (next == '!' && xml.charAt(at + 2) == '-' && xml.charAt(at + 3) == '-') {
                at = after(xml, "-->", at + 4);
            }
            else {
                return next == '!';
            }
            if (at < 0) {
                return null;
            }
        }
    }

    /** Where the text continues after the next {@code end} from {@code from}, or -1. */
    private static int after(CharSequence xml, String end, int from) {
        for (int at = from; at + end.length() <= xml.length(); at++) {
            int i = 0;
            while (i < end.length() && xml.charAt(at + i) == end.charAt(i)) {
                i++;
            }
            if (i == end.length()) {
                return at + end.length();
            }
        }
        return -1;
    }

    /**
     * The head as text: UTF-16 (by its byte order mark, or by the zero byte beside its first {@code <}) decoded;
     * anything else read byte for byte, as the markup of UTF-8 and every single-byte encoding is ASCII.
     */
    private static CharSequence text(byte[] head, int length) {
        Charset utf16 = null;
        if (length >= 2) {
            if (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
                utf16 = StandardCharsets.UTF_16;
            }
            else if (head[0] == 0) {
                utf16 = StandardCharsets.UTF_16BE;
            }
            else if (head[1] == 0) {
                utf16 = StandardCharsets.UTF_16LE;
            }
        }
        return utf16 != null ? new String(head, 0, length, utf16) : new Bytes(head, length);
    }

    /** Bytes read as the characters of the same codes, without a copy. */
    private record Bytes(byte[] bytes, int length) implements CharSequence {

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }
}
