package vn.xanh.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.xanh.TestWorkbooks;

/**
 * A workbook from the mailbox that {@code input/} refuses (the folder's permissions) is rejected with its
 * report in {@code rejected/}, and the night's run goes on instead of failing.
 */
@org.springframework.context.annotation.Import(vn.xanh.cli.TestCommands.class)
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "xanh.digest.retry-delay=0s", "spring.datasource.url=jdbc:h2:mem:unplaceable;DB_CLOSE_DELAY=-1"})
class UnplaceableMailTests extends MailboxTestSupport {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        startMail(registry, "xanh-unplaceable");
    }

    @AfterAll
    static void openTheDropFolderAgain() throws IOException {
        Files.setPosixFilePermissions(root.resolve("input"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aWorkbookTheDropFolderRefusesIsRejectedWithItsReportAndTheRunGoesOn() throws Exception {
        // given: Thôn Đông's report by mail, and a drop folder nobody may add a file to (its own folders are there)
        Path files = Files.createDirectories(root.resolve("files"));
        commune().deliver(TestMail.message("<dong-quyen@example.com>",
                "thondong.tanky@example.com", "Báo cáo tháng 10", TestWorkbooks.village(files, "dong.xlsx",
                        "Thôn Đông", YearMonth.of(2026, 10), values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90))));
        Path input = Files.createDirectories(root.resolve("input"));
        Files.createDirectories(input.resolve(".mailbox"));
        Files.createDirectories(input.resolve("rejected"));
        Files.setPosixFilePermissions(input, PosixFilePermissions.fromString("r-xr-xr-x"));

        // when
        int exit = commands.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(),
                true), "run", "--date", "2026-11-28");

        // then: the run ends well; the workbook waits in rejected/ with a report saying why
        assertThat(exit).isIn(0, 4);
        Path rejected = input.resolve("rejected");
        assertThat(MailboxIntegrationTests.names(rejected)).containsExactly("dong.xlsx", "dong.xlsx.loi.txt");
        assertThat(Files.readString(rejected.resolve("dong.xlsx.loi.txt"), StandardCharsets.UTF_8))
                .contains("TỆP BỊ TRẢ LẠI: dong.xlsx")
                .contains("Không đặt được tệp “dong.xlsx” vào thư mục nhận báo cáo (máy không cho ghi vào thư mục này).");
        assertThat(Files.readAllBytes(rejected.resolve("dong.xlsx"))).isEqualTo(Files.readAllBytes(files.resolve(
                "dong.xlsx")));
        assertThat(jdbc.sql("SELECT status FROM mail_message").query(String.class).single()).isEqualTo("SAVED");
    }
}
