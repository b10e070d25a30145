package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.intake.HostileFiles;

/**
 * The guard reads a small workbook's directory itself: it must see exactly the parts commons-compress (and so
 * fastexcel-reader) sees, or leave the workbook to commons-compress.
 */
class ZipDirectoryTests {

    @TempDir
    Path dir;

    @Test
    void seesThePartsCommonsCompressSeesInEveryWorkbookOfTheCorpus() throws Exception {
        // given: every template, a city's generated reports, LibreOffice's file, every kind of value, the hostile files
        List<Path> corpus = TestCorpus.workbooks(dir, ".xlsx");
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        HostileFiles.writeAll(hostile).keySet().stream().map(hostile::resolve).filter(f -> f.toString().endsWith(".xlsx"))
                .forEach(corpus::add);
        int readHere = 0;

        for (Path file : corpus) {
            byte[] bytes = Files.readAllBytes(file);
            // when
            List<ZipDirectory.Part> parts = ZipDirectory.read(bytes);

            // then: the same parts in the same order, or none and commons-compress reads it
            if (parts != null) {
                assertThat(parts).as(file.getFileName().toString()).isEqualTo(commonsCompress(bytes));
                readHere++;
            }
        }
        assertThat(readHere).isGreaterThan(10);
    }

    @Test
    void leavesToCommonsCompressWhatIsNotThePlainCase() throws Exception {
        // given: bytes before the first part (as a self-extracting archive has), a part stored encrypted, nothing
        byte[] plain = zip(Map.of("xl/workbook.xml", "<workbook/>"));
        byte[] prefixed = concat("MZ self-extracting stub".getBytes(StandardCharsets.US_ASCII), plain);
        byte[] encrypted = plain.clone();
        encrypted[indexOf(encrypted, 0x02014b50) + 8] |= 1;

        // then
        assertThat(ZipDirectory.read(plain)).extracting(ZipDirectory.Part::name).containsExactly("xl/workbook.xml");
        assertThat(ZipDirectory.read(prefixed)).isNull();
        assertThat(ZipDirectory.read(encrypted)).isNull();
        assertThat(ZipDirectory.read(new byte[0])).isNull();
        assertThat(ZipDirectory.read("PK not a zip at all".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void findsTheLastEndRecordAsCommonsCompressDoes() throws Exception {
        // given: a zip whose comment holds a second, false end-of-directory record
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setComment("PK\u0005\u0006 false end record");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();

        // when
        List<ZipDirectory.Part> parts = ZipDirectory.read(bytes);

        // then: either the same parts as commons-compress or none, never others
        if (parts != null) {
            assertThat(parts).isEqualTo(commonsCompress(bytes));
        }
    }

    @Test
    void leavesAPartNamedByAUnicodePathToCommonsCompressSoTheGuardSeesItsRealName() throws Exception {
        // given: a part stored as "xl/sharedStrings.bin" whose Unicode path, which commons-compress reads, names it .xml
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            // A name in the DOS code page, not flagged UTF-8: only then does commons-compress read the Unicode path.
            zip.setEncoding("Cp437");
            zip.setUseLanguageEncodingFlag(false);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            ZipArchiveEntry entry = new ZipArchiveEntry("xl/sharedStrings.bin");
            entry.addExtraField(new UnicodePathExtraField("xl/sharedStrings.xml",
                    "xl/sharedStrings.bin".getBytes(StandardCharsets.US_ASCII)));
            zip.putArchiveEntry(entry);
            zip.write("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaa\">]><sst/>".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        byte[] bytes = out.toByteArray();

        // when
        List<ZipDirectory.Part> parts = ZipDirectory.read(bytes);

        // then: not read here, and the guard, asking commons-compress, finds the DOCTYPE of the part the reader would read
        assertThat(parts).isNull();
        assertThat(commonsCompress(bytes)).extracting(ZipDirectory.Part::name).containsExactly("xl/sharedStrings.xml");
        assertThatThrownBy(() -> XlsxGuard.inspect(bytes)).isInstanceOf(XlsxGuard.Refused.class)
                .hasMessage(XlsxGuard.ENTITIES);
    }

    private static List<ZipDirectory.Part> commonsCompress(byte[] bytes) throws Exception {
        List<ZipDirectory.Part> parts = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                parts.add(new ZipDirectory.Part(entry.getName(), entry.getMethod(), (int) entry.getDataOffset(),
                        (int) entry.getCompressedSize()));
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static int indexOf(byte[] bytes, int signature) {
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if ((bytes[i] & 0xFF | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16
                    | (bytes[i + 3] & 0xFF) << 24) == signature) {
                return i;
            }
        }
        throw new IllegalArgumentException("no signature");
    }
}
