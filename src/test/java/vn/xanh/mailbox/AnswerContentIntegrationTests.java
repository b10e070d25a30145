package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestWorkbooks;
import vn.xanh.batch.RunMode;

/**
 * What an answer carries back to whoever sent a workbook: the office's words, the unit, the month and
 * the numbers as read, never a stranger's text, and a marked-up copy that is a plain new .xlsx.
 */
@org.springframework.context.annotation.Import(vn.xanh.cli.TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "xanh.digest.retry-delay=0s"})
class AnswerContentIntegrationTests extends MailboxTestSupport {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String DONG = "thondong.tanky@example.com";
    static final String ADVERT = "TRÚNG THƯỞNG 100 TRIỆU! Nhận quà ngay tại http://evil.example/nhan-qua hoặc"
            + " gửi mật khẩu thư về admin@evil.example trước ngày 30/11 để không bị khóa tài khoản. ";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:answers;DB_CLOSE_DELAY=-1");
        startMail(registry, "xanh-answers");
    }

    @Test
    void anAnswerSaysNothingTheSenderTypedBeyondTheUnitTheMonthTheNumbersAndShortValues() throws Exception {
        // given: Thôn Đông's address sends, under an advertising subject, a workbook whose unit cell and a value
        // cell hold an advertisement (rejected), and a good report under a file name that is a link
        Path files = Files.createDirectories(root.resolve("files"));
        Path hostile = TestWorkbooks.village(files, "bao-cao-dong.xlsx", ADVERT.repeat(3), OCTOBER,
                values("HH_TOTAL", 100, "HH_CLEAN_WATER", ADVERT));
        Path good = TestWorkbooks.village(files, "www.evil.example nhan qua.xlsx", "Thôn Đông", OCTOBER,
                values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));
        commune().deliver(TestMail.message("<qc-1@example.com>", DONG,
                ADVERT, hostile, good));

        // when
        runner.run(AS_OF, RunMode.NIGHTLY);

        // then: one answer, in the office's words, with the numbers as read
        List<MimeMessage> answers = TestMail.to(MAIL, DONG).stream()
                .filter(m -> header(m).equals("<qc-1@example.com>")).toList();
        assertThat(answers).hasSize(1);
        MimeMessage answer = answers.get(0);
        String subject = MimeUtility.decodeText(answer.getHeader("Subject", null));
        String text = TestMail.text(answer);
        assertThat(text).contains("Kính gửi Thôn Đông,").contains("CHƯA NHẬN ĐƯỢC: bao-cao-dong.xlsx")
                .contains("ĐÃ NHẬN: nhan qua.xlsx")
                .contains("Đơn vị: Thôn Đông, kỳ báo cáo: tháng 10/2026.").contains("Số hộ sử dụng nước sạch: 90 hộ");
        // and: of the advertisement, at most a short, link-free start quoted to find the cell
        for (String part : List.of(subject, text, String.join(" ", TestMail.attachments(answer)))) {
            assertThat(part).doesNotContain("evil.example").doesNotContain("http").doesNotContain("@")
                    .doesNotContain("khóa tài khoản").doesNotContain("30/11");
        }
        assertThat(text).doesNotContain("mật khẩu").doesNotContain("Nhận quà ngay");
        assertThat(subject).isEqualTo("Re: TRÚNG THƯỞNG 100 TRIỆU Nhận quà ngay tại hoặc gử…");
    }

    @Test
    void aValueHoldingAClosingQuoteMarkIsStillQuotedShort() throws Exception {
        // given: a value cell whose text closes the quotation early and carries a phone number past it
        Path files = Files.createDirectories(root.resolve("quote"));
        Path file = TestWorkbooks.village(files, "dong-t10.xlsx", "Thôn Đông", OCTOBER,
                values("HH_TOTAL", 100, "HH_CLEAN_WATER", "90” Quà tặng miễn phí cho mọi hộ: gọi ngay số 0912345678"));
        commune().deliver(TestMail.message("<quote-1@example.com>", DONG,
                "Báo cáo tháng 10", file));

        // when
        runner.run(AS_OF, RunMode.NIGHTLY);

        // then: the whole value stays inside its quotes, shortened, and nothing past them reaches the answer
        MimeMessage answer = TestMail.to(MAIL, DONG).stream().filter(m -> header(m).contains("<quote-1@example.com>"))
                .findFirst().orElseThrow();
        String text = TestMail.text(answer);
        assertThat(text).contains("Số liệu “Số hộ sử dụng nước sạch” (HH_CLEAN_WATER) ghi “90 Quà tặng miễn phí cho…”"
                + " không phải là số.");
        assertThat(text).doesNotContain("0912345678").doesNotContain("gọi ngay");
    }

    @Test
    void aWorkbookWithMacrosAndExternalLinksComesBackAsAPlainNewXlsx() throws Exception {
        // given: an .xlsm with a VBA project and a link to another workbook, with a negative number
        Path files = Files.createDirectories(root.resolve("macro"));
        Path xlsx = TestWorkbooks.village(files, "dong.xlsx", "Thôn Đông", YearMonth.of(2026, 9),
                values("HH_TOTAL", 100, "HH_CLEAN_WATER", -5));
        Path xlsm = withMacroAndLink(xlsx, files.resolve("dong-t9.xlsm"));
        assertThat(entries(Files.readAllBytes(xlsm))).contains("xl/vbaProject.bin")
                .anyMatch(name -> name.startsWith("xl/externalLinks/"));
        commune().deliver(TestMail.message("<macro-1@example.com>", DONG,
                "Báo cáo tháng 9", xlsm));

        // when
        runner.run(AS_OF, RunMode.NIGHTLY);

        // then: the rejected file stays as it came; the copy beside it and the one mailed back are a new .xlsx
        Path rejected = root.resolve("input/rejected");
        assertThat(rejected.resolve("dong-t9.xlsm")).exists();
        assertThat(rejected.resolve("dong-t9.loi.xlsm")).doesNotExist();
        MimeMessage answer = TestMail.to(MAIL, DONG).stream().filter(m -> header(m).contains("<macro-1@example.com>"))
                .findFirst().orElseThrow();
        assertThat(TestMail.attachments(answer)).containsExactly("dong-t9.loi.xlsx");
        assertThat(TestMail.text(answer)).contains("dong-t9.loi.xlsx").contains("không được âm");
        byte[] copy = attachment(answer);
        assertThat(copy).isEqualTo(Files.readAllBytes(rejected.resolve("dong-t9.loi.xlsx")));
        List<String> parts = entries(copy);
        assertThat(parts).doesNotContain("xl/vbaProject.bin").noneMatch(name -> name.startsWith("xl/externalLinks/"))
                .noneMatch(name -> name.contains("activeX") || name.contains("embeddings"));
        assertThat(new String(part(copy, "[Content_Types].xml"), StandardCharsets.UTF_8))
                .doesNotContain("macroEnabled").doesNotContain("vbaProject").doesNotContain("externalLink");
        // and: it still shows the sender's sheet, the faulty cell marked, the list of errors first
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Lỗi cần sửa");
            assertThat(workbook.getSheet("Báo cáo")).isNotNull();
            DataFormatter shown = new DataFormatter();
            List<String> cells = new ArrayList<>();
            workbook.getSheet("Báo cáo").forEach(row -> row.forEach(cell -> cells.add(shown.formatCellValue(cell))));
            assertThat(cells).contains("Thôn Đông", "HH_CLEAN_WATER", "-5");
            assertThat(workbook.getSheet("Báo cáo").getCellComments()).isNotEmpty();
        }
    }

    /** The workbook saved as .xlsm with a VBA project part and an external workbook link, as Excel keeps them. */
    private static Path withMacroAndLink(Path xlsx, Path xlsm) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in);
                XSSFWorkbook other = new XSSFWorkbook()) {
            workbook.setWorkbookType(XSSFWorkbookType.XLSM);
            other.createSheet("Nguồn").createRow(0).createCell(0).setCellValue(7);
            int link = workbook.linkExternalWorkbook("nguon.xlsx", other);
            workbook.getSheet("Báo cáo").createRow(60).createCell(8).setCellFormula("[" + link + "]Nguồn!A1");
            OPCPackage opc = workbook.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
            PackagePart part = opc.createPart(name, "application/vnd.ms-office.vbaProject");
            try (OutputStream out = part.getOutputStream()) {
                out.write(vbaProject());
            }
            workbook.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
            try (OutputStream out = Files.newOutputStream(xlsm)) {
                workbook.write(out);
            }
        }
        return xlsm;
    }

    /** A compound file laid out as Excel stores a VBA project: a PROJECT stream and a VBA storage. */
    private static byte[] vbaProject() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            fs.getRoot().createDocument("PROJECT", new ByteArrayInputStream(
                    "ID=\"{00000000-0000-0000-0000-000000000000}\"\r\nModule=Module1\r\n".getBytes(StandardCharsets.US_ASCII)));
            DirectoryEntry vba = fs.getRoot().createDirectory("VBA");
            vba.createDocument("Module1", new ByteArrayInputStream(
                    "Sub Auto_Open()\r\n  Shell \"calc.exe\"\r\nEnd Sub\r\n".getBytes(StandardCharsets.US_ASCII)));
            vba.createDocument("dir", new ByteArrayInputStream(new byte[] {1, 0, 0}));
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    private static String header(MimeMessage message) {
        try {
            String inReplyTo = message.getHeader("In-Reply-To", null);
            return inReplyTo == null ? "" : inReplyTo;
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] attachment(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart body = multipart.getBodyPart(i);
            if (body.getFileName() != null) {
                try (InputStream in = body.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no attachment");
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static byte[] part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in the zip");
    }
}
