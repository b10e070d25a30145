package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import vn.xanh.DropFolderTestSupport;
import vn.xanh.TestFolders;
import vn.xanh.TestWorkbooks;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.system.ForeignText;

/**
 * Files that cannot land where they belong (one the program may not read, a name too long for its report, a
 * name a leftover report holds, a symbolic link) are rejected with a report each, and the others are taken in.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "spring.datasource.url=jdbc:h2:mem:landing;DB_CLOSE_DELAY=-1"})
class FilesThatCannotLandTests extends DropFolderTestSupport {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @BeforeEach
    void emptyFolders() throws IOException {
        TestFolders.empty(jdbc, "fact", "submission_problem", "submission");
        if (Files.exists(input)) {
            try (Stream<Path> paths = Files.walk(input)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    path.toFile().setReadable(true);
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(input);
    }

    @Test
    void aFileThatCannotBeReadOrNamedIsRejectedWithItsReportAndTheOthersAreTakenIn() throws IOException {
        // given: a good report; one the program may not read; a rejected one whose name (248 bytes) leaves no room
        // for ".loi.txt"; one whose report's name a leftover folder holds in rejected/
        TestWorkbooks.village(input, "dong.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));
        Path locked = TestWorkbooks.village(input, "doai.xlsx", "Thôn Đoài", OCTOBER,
                values("HH_TOTAL", 80, "HH_CLEAN_WATER", 70));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        String longName = "ễ".repeat(81) + ".xlsx";
        TestWorkbooks.village(input, longName, "Thôn Nam", OCTOBER, values("HH_TOTAL", 50, "HH_CLEAN_WATER", -5));
        TestWorkbooks.village(input, "bac.xlsx", "Thôn Bắc", OCTOBER, values("HH_TOTAL", 60, "HH_CLEAN_WATER", -1));
        Files.createDirectories(input.resolve("rejected").resolve("bac.xlsx.loi.txt"));

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then: the good one is taken in, each of the others rejected with its report beside it
        assertThat(result.files()).extracting(FileOutcome::fileName, FileOutcome::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("dong.xlsx", SubmissionStatus.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple("doai.xlsx", SubmissionStatus.REJECTED),
                org.assertj.core.groups.Tuple.tuple(longName, SubmissionStatus.REJECTED),
                org.assertj.core.groups.Tuple.tuple("bac.xlsx", SubmissionStatus.REJECTED));
        assertThat(names(input)).isEmpty();
        assertThat(names(input.resolve("processed"))).containsExactly("dong.xlsx");
        Path rejected = input.resolve("rejected");
        assertThat(report(rejected.resolve("doai.xlsx"))).contains("TỆP BỊ TRẢ LẠI: doai.xlsx")
                .contains("Không mở được tệp “doai.xlsx” để đọc (tệp bị khóa quyền đọc hoặc hỏng trên ổ đĩa).");
        String cut = "ễ".repeat(65) + ".xlsx";
        assertThat(ForeignText.bytes(cut + ".loi.txt")).isLessThan(255);
        assertThat(report(rejected.resolve(cut))).contains("TỆP BỊ TRẢ LẠI: " + longName).contains("không được âm");
        assertThat(rejected.resolve("ễ".repeat(65) + ".loi.xlsx")).exists();
        assertThat(report(rejected.resolve("bac (2).xlsx"))).contains("TỆP BỊ TRẢ LẠI: bac.xlsx");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fact").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aSymbolicLinkIsRejectedAsItselfAndWhatItPointsToIsNeverRead() throws IOException {
        // given: a link in input/ to a good report kept elsewhere, and a good report beside it
        Path elsewhere = Files.createDirectories(input.getParent().resolve("elsewhere"));
        Path target = TestWorkbooks.village(elsewhere, "nam.xlsx", "Thôn Nam", OCTOBER,
                values("HH_TOTAL", 120, "HH_CLEAN_WATER", 100));
        byte[] before = Files.readAllBytes(target);
        Files.createSymbolicLink(input.resolve("nam.xlsx"), target);
        TestWorkbooks.village(input, "dong.xlsx", "Thôn Đông", OCTOBER, values("HH_TOTAL", 100, "HH_CLEAN_WATER", 90));

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then: the link is rejected with its own reason and moved as the link itself; its target is untouched
        assertThat(result.files()).extracting(FileOutcome::fileName, FileOutcome::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("dong.xlsx", SubmissionStatus.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple("nam.xlsx", SubmissionStatus.REJECTED));
        Path moved = input.resolve("rejected").resolve("nam.xlsx");
        assertThat(Files.isSymbolicLink(moved)).isTrue();
        assertThat(Files.readSymbolicLink(moved)).isEqualTo(target);
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(report(moved)).contains("“nam.xlsx” là một liên kết (symbolic link) tới tệp khác");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fact WHERE unit_code = 'THON_NAM'").query(Integer.class).single())
                .isZero();
    }

    private static String report(Path rejected) throws IOException {
        return Files.readString(rejected.resolveSibling(rejected.getFileName() + ".loi.txt"), StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
