package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;

import vn.xanh.TestWorkbooks;
import vn.xanh.intake.SubmissionWorkbooks;
import vn.xanh.intake.SubmissionWorkbooks.ActivityRow;

/**
 * The first night after a month, a quarter and a half-year close, the nightly run writes their reports
 * and sends them with that day's digest to the recipients who take attachments; the next night, none.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "spring.datasource.url=jdbc:h2:mem:nightlyreport;DB_CLOSE_DELAY=-1"})
class NightlyPeriodicReportIntegrationTests {

    static GreenMail smtp;
    static Path input;
    static Path output;

    @Autowired
    NightlyRunner runner;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("xanh-nightly-report");
        input = root.resolve("input");
        output = root.resolve("output");
        smtp = TestSmtp.start(registry);
        registry.add("xanh.input-dir", input::toString);
        registry.add("xanh.output-dir", output::toString);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void writesTheReportsOfThePeriodsJustClosedAndAttachesThemOnce() throws Exception {
        // given: a party cell's September log
        SubmissionWorkbooks.activities(input.resolve("cb-dong-09.xlsx"),
                TestWorkbooks.CATALOG.template("HOATDONG").orElseThrow(), "Chi bộ thôn Đông", YearMonth.of(2026, 9),
                List.of(new ActivityRow(LocalDate.of(2026, 9, 8), "SINH_HOAT", "Sinh hoạt chuyên đề", null, null, 21,
                        90, null, null)), List.of());

        // when: the night of 1 October, then the night of 2 October
        runner.run(LocalDate.of(2026, 10, 1), RunMode.NIGHTLY);
        MimeMessage[] first = smtp.getReceivedMessages();
        runner.run(LocalDate.of(2026, 10, 2), RunMode.NIGHTLY);
        MimeMessage[] second = Arrays.copyOfRange(smtp.getReceivedMessages(), first.length,
                smtp.getReceivedMessages().length);

        // then: September, the third quarter and the first half-year (the plan began in May 2026)
        assertThat(output.resolve("reports")).isDirectoryContaining(p -> p.getFileName().toString()
                .equals("bao-cao-2026-09.docx"));
        try (var files = Files.list(output.resolve("reports"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("bao-cao-2026-09.docx", "bao-cao-2026-H1.docx", "bao-cao-2026-Q3.docx");
        }
        // sent to the two recipients who take attachments, in one message; not to the Standing Committee's
        List<MimeMessage> withReports = Arrays.stream(first)
                .filter(m -> attachments(m).contains("bao-cao-2026-Q3.docx")).toList();
        assertThat(withReports).hasSize(2);
        assertThat(attachments(withReports.get(0))).contains("bao-cao-2026-10-01.xlsx", "bao-cao-2026-09.docx",
                "bao-cao-2026-H1.docx");
        assertThat(Arrays.stream(first).filter(m -> attachments(m).isEmpty())).hasSize(1);
        // the next night: the digest goes out without them
        assertThat(second).isNotEmpty().allMatch(m -> attachments(m).stream().noneMatch(n -> n.endsWith(".docx")));
    }

    private static List<String> attachments(Part part) {
        List<String> names = new ArrayList<>();
        try {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    names.addAll(attachments(child));
                }
            }
            else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() != null) {
                names.add(MimeUtility.decodeText(part.getFileName()));
            }
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
