package vn.xanh.intake.internal.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What POI checks before it parses an {@code .xlsx} and fastexcel-reader does not: a part that
 * inflates a hundred times over its compressed size (a zip bomb), a part larger than any real
 * workbook's, and an XML part that declares a DOCTYPE (entity expansion). The guard inflates every
 * part once, counting bytes, so a lying size in the zip's directory does not fool it.
 *
 * <p>It also tells whether the workbook names an old Vietnamese font (TCVN3 {@code .Vn…}, VNI
 * {@code VNI-…}) in its styles or its shared strings' runs: fastexcel-reader does not give fonts, so
 * such a workbook is read by POI, which converts the text typed in them.
 */
final class XlsxGuard {

    /** POI's own limit: a part may not inflate to more than a hundred times its compressed size. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** Small parts compress very well legitimately (a sheet of blank rows); POI allows the same grace. */
    private static final long GRACE_BYTES = 100 * 1024;
    /** A 300,000-row sheet of six columns is about 150 MB of XML; nothing real is larger than this. */
    private static final long MAX_PART_BYTES = 1L << 30;
    private static final int MAX_PARTS = 10_000;
    /** A DOCTYPE must come before the root element, which real parts start within a few hundred bytes (XmlProlog). */
    private static final int HEAD_BYTES = 4096;

    /** The result of a passed inspection. */
    record Inspection(boolean legacyFonts) {
    }

    /** A workbook refused by the guard, with the Vietnamese reason. */
    static final class Refused extends Exception {

        Refused(String reason) {
            super(reason);
        }
    }

    static final String ZIP_BOMB = "Không mở được tệp: tệp nén bất thường (dữ liệu bung ra lớn gấp hàng trăm lần), có"
            + " thể là tệp độc hại. Hãy lưu lại bảng tính bằng Excel rồi gửi lại.";
    static final String ENTITIES = "Không mở được tệp: tệp chứa khai báo XML không an toàn, có thể là tệp độc hại."
            + " Hãy lưu lại bảng tính bằng Excel rồi gửi lại.";

    private XlsxGuard() {
    }

    static Inspection inspect(Path file) throws Refused, IOException {
        try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
            return inspect(zip);
        }
    }

    /**
     * The same inspection of a small workbook already read into memory: its directory read in place and each part
     * inflated straight from its bytes. A {@code ZipFile} and a stream a part (with their buffers and the
     * {@code ZipFile}'s finalizer) were some 150 KB allocated for a village's report.
     */
    static Inspection inspect(byte[] workbook) throws Refused, IOException {
        List<ZipDirectory.Part> parts = ZipDirectory.read(workbook);
        if (parts == null) {
            try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
                return inspect(zip);
            }
        }
        boolean legacyFonts = false;
        int count = 0;
        for (ZipDirectory.Part entry : parts) {
            if (++count > MAX_PARTS) {
                throw new Refused(ZIP_BOMB);
            }
            if (entry.isDirectory()) {
                continue;
            }
            Inflated part = new Inflated(entry.name(), entry.compressedSize());
            switch (entry.method()) {
                case ZipEntry.STORED -> part.add(workbook, entry.dataOffset(), entry.compressedSize());
                case ZipEntry.DEFLATED -> inflate(workbook, entry.dataOffset(), entry.compressedSize(), part);
                default -> throw unsupported(entry.method(), entry.name());
            }
            legacyFonts |= part.finish();
        }
        return new Inspection(legacyFonts);
    }

    /** One inflater a reading thread, reset for each part: starting zlib anew for every part of every report cost more than inflating it. */
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
    private static final ThreadLocal<byte[]> HEAD = ThreadLocal.withInitial(() -> new byte[HEAD_BYTES]);
    private static final byte[] PAD = new byte[1];

    /** Every part of a workbook commons-compress opened, inflated by the reading thread's own inflater, counting. */
    private static Inspection inspect(ZipFile zip) throws Refused, IOException {
        boolean legacyFonts = false;
        int parts = 0;
        for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
            ZipArchiveEntry entry = entries.nextElement();
            if (++parts > MAX_PARTS) {
                throw new Refused(ZIP_BOMB);
            }
            if (entry.isDirectory()) {
                continue;
            }
            Inflated part = new Inflated(entry.getName(), entry.getCompressedSize());
            try (InputStream raw = zip.getRawInputStream(entry)) {
                InputStream in = switch (entry.getMethod()) {
                    case ZipEntry.STORED -> raw;
                    case ZipEntry.DEFLATED -> {
                        Inflater inflater = INFLATER.get();
                        inflater.reset();
                        yield new InflaterInputStream(raw, inflater, 8 * 1024);
                    }
                    default -> throw unsupported(entry.getMethod(), entry.getName());
                };
                byte[] buffer = BUFFER.get();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    part.add(buffer, 0, n);
                }
            }
            legacyFonts |= part.finish();
        }
        return new Inspection(legacyFonts);
    }

    private static ZipException unsupported(int method, String name) {
        return new ZipException("Unsupported compression method " + method + " in " + name);
    }

    /** Inflates a part's raw deflate data from the workbook's bytes, counting as it goes. */
    private static void inflate(byte[] bytes, int offset, int length, Inflated part) throws IOException, Refused {
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(bytes, offset, length);
        byte[] buffer = BUFFER.get();
        boolean padded = false;
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n > 0) {
                    part.add(buffer, 0, n);
                }
                else if (inflater.needsInput() && !padded) {
                    // As java.util.zip.ZipFile does at the end of a part: with 'nowrap', zlib may want one byte more.
                    inflater.setInput(PAD);
                    padded = true;
                }
                else if (inflater.needsInput() || inflater.needsDictionary()) {
                    throw new ZipException("Unexpected end of deflated data in " + part.name);
                }
            }
        }
        catch (DataFormatException e) {
            throw new ZipException("Invalid deflated data in " + part.name + ": " + e.getMessage());
        }
    }

    /** One part's inflated bytes as they come: counted against the limits, its head kept, its text where fonts are named. */
    private static final class Inflated {

        private final String name;
        private final long compressed;
        private final boolean xml;
        private final StringBuilder text;
        private final byte[] head;
        private int headLength;
        private long total;

        Inflated(String entryName, long compressedSize) {
            this.name = entryName;
            String lower = entryName.toLowerCase(Locale.ROOT);
            this.xml = lower.endsWith(".xml") || lower.endsWith(".rels");
            // Styles and shared strings are where fonts are named; sheets (the bulk) are only counted, and the
            // theme names its fonts as typefaces, never as a value.
            boolean fonts = xml && !lower.contains("worksheets/") && !lower.contains("theme/");
            this.text = fonts ? new StringBuilder() : null;
            this.compressed = Math.max(compressedSize, 1);
            this.head = xml ? HEAD.get() : null;
        }

        void add(byte[] chunk, int from, int n) throws Refused {
            if (head != null && headLength < head.length) {
                int copy = Math.min(n, head.length - headLength);
                System.arraycopy(chunk, from, head, headLength, copy);
                headLength += copy;
            }
            total += n;
            if (total > MAX_PART_BYTES || total > GRACE_BYTES && (double) compressed / total < MIN_INFLATE_RATIO) {
                throw new Refused(ZIP_BOMB);
            }
            if (text != null) {
                // Font names are ASCII; Latin-1 keeps every byte as one char at no decoding cost.
                text.append(new String(chunk, from, n, StandardCharsets.ISO_8859_1));
            }
        }

        /** Whether the part names an old Vietnamese font; refused if it declares a DOCTYPE. */
        boolean finish() throws Refused {
            if (xml && XmlProlog.declaresDoctype(head, headLength, total == headLength)) {
                throw new Refused(ENTITIES);
            }
            return text != null && namesLegacyFont(text);
        }
    }

    /**
     * Any {@code val="…"} naming a legacy font: a style's {@code <name val=…>} or a run's {@code <rFont val=…>},
     * whatever namespace prefix or quote the program that wrote it used.
     */
    private static boolean namesLegacyFont(CharSequence xml) {
        String part = xml.toString();
        for (int at = part.indexOf("val="); at >= 0; at = part.indexOf("val=", at + 1)) {
            int start = at + 4;
            if (start >= part.length() || part.charAt(start) != '"' && part.charAt(start) != '\'') {
                continue;
            }
            int end = part.indexOf(part.charAt(start), start + 1);
            if (end > start && LegacyEncoding.ofFont(part.substring(start + 1, end)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
