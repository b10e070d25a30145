package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.CATALOG;
import static vn.xanh.TestWorkbooks.values;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.TestWorkbooks;
import vn.xanh.facts.Problem;

/** Broken and hostile files are refused with their reason, and nothing is read from them. */
class HostileFilesTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    final WorkbookParser parser = new WorkbookParser(CATALOG, WorkbookParserTests.NOVEMBER_28);

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        Path plain = good("plain.xlsx");
        Path locked = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("thonđong");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(locked)) {
                fs.writeFilesystem(file);
            }
        }

        assertThat(refusal(locked)).startsWith("Tệp có mật khẩu nên không đọc được.");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        // given: a workbook whose sheet part, padded with 50 MB of spaces, compresses a thousand times
        Path bomb = rewrite(good("bom.xlsx"), "bom-that.xlsx", "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", " ".repeat(50_000_000) + "</worksheet>"));

        assertThat(refusal(bomb)).startsWith("Không mở được tệp: tệp nén bất thường");
    }

    @Test
    void refusesAnXmlEntityTrick() throws IOException {
        Path entity = rewrite(good("entity.xlsx"), "entity-that.xlsx", "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY lol \"lollollollol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><sst").replace("Thôn Đông", "&lol2;"));

        assertThat(refusal(entity)).startsWith("Không mở được tệp: tệp chứa khai báo XML không an toàn");
    }

    @Test
    void refusesTruncatedEmptyAndTextFilesWithAWorkbooksName() throws IOException {
        byte[] whole = Files.readAllBytes(good("whole.xlsx"));
        Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path csv = Files.writeString(dir.resolve("csv.xlsx"), "Mã số,Số liệu\nHH_TOTAL,300\n");

        assertThat(refusal(truncated)).startsWith("Không mở được tệp: tệp bị hỏng hoặc chưa gửi xong.");
        assertThat(refusal(empty)).startsWith("Không mở được tệp: tệp rỗng (0 byte)");
        assertThat(refusal(csv)).startsWith("Không mở được tệp: đây là tệp văn bản (CSV, TXT…)");
    }

    private String refusal(Path file) {
        ParsedWorkbook parsed = parser.parse(file);
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.facts()).isEmpty();
        return parsed.errors().stream().map(Problem::message).findFirst().orElseThrow();
    }

    private Path good(String name) throws IOException {
        return TestWorkbooks.village(dir, name, "Thôn Đông", OCTOBER, values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));
    }

    /** Copies the workbook, changing one XML part. */
    private Path rewrite(Path source, String name, String part, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Path target = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                byte[] content = bytes.toByteArray();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return target;
    }
}
