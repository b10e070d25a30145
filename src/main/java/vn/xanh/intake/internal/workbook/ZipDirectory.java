package vn.xanh.intake.internal.workbook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a small zip held in memory, read from its central directory the way commons-compress's
 * {@code ZipFile} (and so fastexcel-reader) reads them, without building one: a {@code ZipFile} has a finalizer,
 * and with the one fastexcel-reader opens, two a report left a thousand finalizable objects for every young
 * collection to process (6 ms of its 16 ms pause, on the bench's 560 reports).
 *
 * <p>Only the plain case is read here: the directory where the end record says, nothing before the first part,
 * no ZIP64, no encryption, every part's data inside the bytes. Anything else gives {@code null}, and the caller
 * asks commons-compress, so that the guard never sees other parts than the reader will.
 */
final class ZipDirectory {

    /** A part: its name, its compression method, and where its raw data is. */
    record Part(String name, int method, int dataOffset, int compressedSize) {

        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int END_LENGTH = 22;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int FAT = 0;
    private static final int UNICODE_PATH = 0x7075;

    private ZipDirectory() {
    }

    /** The parts in the directory's order, or {@code null} when the zip is not of the plain kind read here. */
    static List<Part> read(byte[] zip) {
        int end = endOfDirectory(zip);
        if (end < 0 || end >= ZIP64_LOCATOR_LENGTH && int32(zip, end - ZIP64_LOCATOR_LENGTH) == ZIP64_LOCATOR) {
            return null;
        }
        long size = uint32(zip, end + 12);
        long start = uint32(zip, end + 16);
        // commons-compress reads the directory from where the end record's size puts it, minus any data before the
        // first part; only archives with none are read here, so both start at the same place.
        if (start + size != end) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        int at = (int) start;
        // As commons-compress does: every central header that follows, wherever the end record is.
        while (at + 4 <= zip.length && int32(zip, at) == CENTRAL_HEADER) {
            if (at + 46 > zip.length) {
                return null;
            }
            int flags = uint16(zip, at + 8);
            int method = uint16(zip, at + 10);
            long compressed = uint32(zip, at + 20);
            long inflated = uint32(zip, at + 24);
            int nameLength = uint16(zip, at + 28);
            long next = (long) at + 46 + nameLength + uint16(zip, at + 30) + uint16(zip, at + 32);
            long local = uint32(zip, at + 42);
            if ((flags & 1) != 0 || compressed == 0xFFFFFFFFL || inflated == 0xFFFFFFFFL || local == 0xFFFFFFFFL
                    || uint16(zip, at + 34) == 0xFFFF || next > zip.length || local + 30 > zip.length
                    || int32(zip, (int) local) != LOCAL_HEADER) {
                return null;
            }
            int localName = uint16(zip, (int) local + 26);
            int localExtra = uint16(zip, (int) local + 28);
            long data = local + 30 + localName + localExtra;
            if (data + compressed > zip.length || hasUnicodePath(zip, at + 46 + nameLength, uint16(zip, at + 30))
                    || hasUnicodePath(zip, (int) local + 30 + localName, localExtra)) {
                return null;
            }
            String name = name(zip, at + 46, nameLength);
            // As commons-compress does: a name written on FAT (DOS, Windows) without a slash separates by backslashes.
            if ((uint16(zip, at + 4) >> 8 & 0x0F) == FAT && name.indexOf('/') < 0) {
                name = name.replace('\\', '/');
            }
            parts.add(new Part(name, method, (int) data, (int) compressed));
            at = (int) next;
        }
        return parts.isEmpty() ? null : parts;
    }

    /**
     * Whether a part's extra fields carry a Unicode path: commons-compress names the part by it rather than by its
     * name, so a part could pass the guard as {@code x.bin} and be read as {@code x.xml}; such a zip is left to it.
     */
    private static boolean hasUnicodePath(byte[] zip, int from, int length) {
        int end = Math.min(from + length, zip.length);
        for (int at = from; at + 4 <= end; at += 4 + uint16(zip, at + 2)) {
            if (uint16(zip, at) == UNICODE_PATH) {
                return true;
            }
        }
        return false;
    }

    /**
     * A part's name as commons-compress reads it: as UTF-8 unless told otherwise, flag or not, each malformed
     * sequence read as a {@code ?}.
     */
    private static String name(byte[] zip, int at, int length) {
        String name = new String(zip, at, length, StandardCharsets.UTF_8);
        if (name.indexOf('\uFFFD') < 0) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("?")
                    .decode(ByteBuffer.wrap(zip, at, length)).toString();
        }
        catch (CharacterCodingException e) {
            throw new IllegalStateException("A replacing decoder reports nothing", e);
        }
    }

    /** The offset of the end-of-directory record: the last one within a comment's length of the end, as commons-compress finds it. */
    private static int endOfDirectory(byte[] zip) {
        int stop = Math.max(0, zip.length - END_LENGTH - MAX_COMMENT);
        for (int at = zip.length - END_LENGTH; at >= stop; at--) {
            if (int32(zip, at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    private static int uint16(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static long uint32(byte[] b, int at) {
        return int32(b, at) & 0xFFFFFFFFL;
    }
}
