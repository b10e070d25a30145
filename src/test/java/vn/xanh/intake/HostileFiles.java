package vn.xanh.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.xanh.TestWorkbooks;

/** Broken and hostile files, each with the beginning of the reason it must be refused for. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** Writes every kind into the folder; returns file name → expected reason. */
    public static Map<String, String> writeAll(Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(passwordProtected(dir).getFileName().toString(), "Tệp có mật khẩu nên không đọc được.");
        files.put(zipBomb(dir).getFileName().toString(), "Không mở được tệp: tệp nén bất thường");
        files.put(xmlEntities(dir).getFileName().toString(), "Không mở được tệp: tệp chứa khai báo XML không an toàn");
        files.put(rewrite(good(dir, "long.tmp.xlsx"), dir.resolve("o-qua-dai.xlsx"), "xl/sharedStrings.xml",
                xml -> xml.replace("Thôn Đông", "Thôn " + "Đông ".repeat(8_000))).getFileName().toString(),
                "Không mở được tệp: ô C4 của trang “Báo cáo” dài hơn 32.767 ký tự.");
        byte[] whole = Files.readAllBytes(good(dir, "whole.tmp.xlsx"));
        Files.delete(dir.resolve("whole.tmp.xlsx"));
        files.put(Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2)).getFileName().toString(),
                "Không mở được tệp: tệp bị hỏng hoặc chưa gửi xong.");
        files.put(corruptPart(dir).getFileName().toString(), "Không mở được tệp: tệp bị hỏng hoặc chưa gửi xong.");
        files.put(Files.write(dir.resolve("empty.xlsx"), new byte[0]).getFileName().toString(),
                "Không mở được tệp: tệp rỗng (0 byte)");
        files.put(Files.writeString(dir.resolve("csv.xlsx"), "Mã số,Số liệu\nHH_TOTAL,300\n").getFileName().toString(),
                "Không mở được tệp: đây là tệp văn bản (CSV, TXT…)");
        return files;
    }

    static Path passwordProtected(Path dir) throws Exception {
        Path plain = good(dir, "plain.tmp.xlsx");
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
        Files.delete(plain);
        return locked;
    }

    /** A workbook whose sheet part, padded with 50 MB of spaces, compresses a thousand times. */
    static Path zipBomb(Path dir) throws IOException {
        return rewrite(good(dir, "bomb.tmp.xlsx"), dir.resolve("bom.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", " ".repeat(50_000_000) + "</worksheet>"));
    }

    /** A whole workbook (its directory intact) whose sheet's compressed bytes were overwritten: a damaged copy. */
    static Path corruptPart(Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(good(dir, "corrupt.tmp.xlsx"));
        Files.delete(dir.resolve("corrupt.tmp.xlsx"));
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, name); // the first is the part's local header; the directory comes last
        int data = at + name.length + (bytes[at - 2] & 0xFF | (bytes[at - 1] & 0xFF) << 8);
        // 0xFF opens a deflate block of the reserved type: no reader can take it for data.
        Arrays.fill(bytes, data, data + 4, (byte) 0xFF);
        return Files.write(dir.resolve("hong.xlsx"), bytes);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    static Path xmlEntities(Path dir) throws IOException {
        return rewrite(good(dir, "entity.tmp.xlsx"), dir.resolve("entity.xlsx"), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY lol \"lollollollol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><sst").replace("Thôn Đông", "&lol2;"));
    }

    static Path good(Path dir, String name) throws IOException {
        return TestWorkbooks.village(dir, name, "Thôn Đông", YearMonth.of(2026, 10),
                TestWorkbooks.values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));
    }

    /** Copies the workbook, changing one XML part; the source is removed. */
    private static Path rewrite(Path source, Path target, String part, java.util.function.UnaryOperator<String> change)
            throws IOException {
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
        Files.delete(source);
        return target;
    }
}
