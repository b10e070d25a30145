package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.TestWorkbooks;
import vn.xanh.mailbox.internal.Attachments;
import vn.xanh.mailbox.internal.Attachments.Refusal;
import vn.xanh.mailbox.internal.SafeNames;

/** What is taken from a message, and what is refused: names, counts, sizes, zip bombs. */
class AttachmentsTests {

    @TempDir
    Path dir;

    @Test
    void namesCannotClimbOutHideOrPoseAsLockFiles() {
        assertThat(SafeNames.of("../../etc/passwd.xlsx")).isEqualTo("passwd.xlsx");
        assertThat(SafeNames.of("C:\\Users\\thon\\Báo cáo.XLSX")).isEqualTo("Báo cáo.xlsx");
        assertThat(SafeNames.of(".hidden.xlsx")).isEqualTo("hidden.xlsx");
        assertThat(SafeNames.of("~$bao-cao.xlsx")).isEqualTo("bao-cao.xlsx");
        assertThat(SafeNames.of("a\u0000b|c?.xls")).isEqualTo("a_b_c_.xls");
        assertThat(SafeNames.of("..")).isEqualTo("tep-dinh-kem");
        assertThat(SafeNames.of("x".repeat(300) + ".xlsx")).hasSize(200).endsWith(".xlsx");
        // file systems count bytes: 115 "ễ" are 345 of them, cut to 65 letters (195 bytes) and the extension
        assertThat(SafeNames.of("ễ".repeat(115) + ".XLSX")).isEqualTo("ễ".repeat(65) + ".xlsx");
        assertThat(SafeNames.numbered("ễ".repeat(65) + ".xlsx", 2)).isEqualTo("ễ".repeat(63) + " (2).xlsx");
        // no control of any kind: bidirectional overrides and isolates, zero-width characters, C1, the BOM
        assertThat(SafeNames.of("bao\u202Ecao\u2066\u200B\u200F\uFEFF\u0085xslx.xlsx")).isEqualTo("baocao xslx.xlsx");
    }

    @Test
    void aZipBombAndTooManyFilesAreRefusedTheRestTaken() throws Exception {
        // given: three workbooks, a zip holding 2 MB of zeros named as a workbook, a PDF; room for two files of 1 MB
        Path files = Files.createDirectories(dir.resolve("files"));
        Path a = TestWorkbooks.village(files, "a.xlsx", "Thôn Đông", YearMonth.of(2026, 10), values("HH_TOTAL", 1));
        Path b = TestWorkbooks.village(files, "b.xlsx", "Thôn Đoài", YearMonth.of(2026, 10), values("HH_TOTAL", 2));
        Path c = TestWorkbooks.village(files, "c.xlsx", "Thôn Nam", YearMonth.of(2026, 10), values("HH_TOTAL", 3));
        Map<String, Path> bomb = new LinkedHashMap<>();
        bomb.put("bom.xlsx", Files.write(files.resolve("zeros"), new byte[2 * 1024 * 1024]));
        Path zip = TestMail.zip(files.resolve("bom.zip"), bomb);
        Path pdf = Files.write(files.resolve("anh.pdf"), new byte[] {'%', 'P', 'D', 'F'});

        // when
        Attachments.Found found = Attachments.extract(TestMail.message("<x@example.com>", "a@example.com", "x", zip,
                a, b, c, pdf), dir.resolve("staging"), new Attachments.Limits(2, 1024 * 1024, 10 * 1024 * 1024));

        // then
        assertThat(found.staged()).extracting(Attachments.Staged::name).containsExactly("a.xlsx", "b.xlsx");
        assertThat(found.refused()).containsExactly(new Attachments.Refused("bom.xlsx", Refusal.TOO_LARGE),
                new Attachments.Refused("c.xlsx", Refusal.TOO_MANY), new Attachments.Refused("anh.pdf",
                        Refusal.NOT_WORKBOOK));
        assertThat(Files.readAllBytes(found.staged().get(0).file())).isEqualTo(Files.readAllBytes(a));
        assertThat(Attachments.Refused.parse(found.refusedLines())).isEqualTo(found.refused());
    }
}
