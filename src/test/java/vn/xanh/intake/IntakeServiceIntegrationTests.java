package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.xanh.DropFolderTestSupport;
import vn.xanh.TestFolders;
import vn.xanh.TestWorkbooks;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.Fact;
import vn.xanh.facts.FactRepository;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.internal.check.RecentFacts;

@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=60s",
        "spring.datasource.url=jdbc:h2:mem:intake;DB_CLOSE_DELAY=-1"})
class IntakeServiceIntegrationTests extends DropFolderTestSupport {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    FactRepository facts;

    @BeforeEach
    void cleanDatabase() throws IOException {
        TestFolders.empty(jdbc, "fact", "submission_problem", "submission");
        Files.createDirectories(input);
    }

    @Test
    void countsTheSameBytesOnceAndLetsACorrectionReplaceTheEarlierNumbers() throws IOException {
        // given: a report, the same file sent again under another name, then a corrected report
        Path first = settled(TestWorkbooks.village(input, "dong.xlsx", "Thôn Đông", OCTOBER,
                values("HH_TOTAL", 400, "HH_CLEAN_WATER", 300)), 3);
        Path again = input.resolve("dong - gui lai.xlsx");
        settled(Files.copy(first, again), 2);

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then
        assertThat(result.files()).extracting(FileOutcome::status).containsExactly(SubmissionStatus.ACCEPTED,
                SubmissionStatus.DUPLICATE);
        assertThat(cleanWater()).containsExactly("300.0000");
        assertThat(input.resolve("processed/dong - gui lai.xlsx")).exists();

        // when: the village corrects its numbers
        settled(TestWorkbooks.village(input, "dong (dinh chinh).xlsx", "Thôn Đông", OCTOBER,
                values("HH_TOTAL", 400, "HH_CLEAN_WATER", 320)), 1);
        intake.ingestDropFolder();

        // then: the correction counts, the first report is kept on record as superseded
        assertThat(cleanWater()).containsExactly("320.0000");
        assertThat(jdbc.sql("SELECT status FROM submission ORDER BY id").query(String.class).list())
                .containsExactly("SUPERSEDED", "DUPLICATE", "ACCEPTED");
        assertThat(input.resolve("processed/dong.xlsx")).exists();
    }

    @Test
    void eachRunBringsTheUnitTableBackToTheRegistry() {
        // given: the table as an older registry left it: a village under another name, another missing
        intake.ingest(List.of());
        List<String> registry = units();
        jdbc.sql("UPDATE unit SET name = 'Thôn Đông cũ', parent_code = NULL WHERE name = 'Thôn Đông'").update();
        jdbc.sql("DELETE FROM unit WHERE name = 'Thôn Đoài'").update();
        assertThat(units()).isNotEqualTo(registry);

        // when
        intake.ingest(List.of());

        // then
        assertThat(units()).isEqualTo(registry).anyMatch(unit -> unit.startsWith("Thôn Đông|"))
                .anyMatch(unit -> unit.startsWith("Thôn Đoài|"));
    }

    private List<String> units() {
        return jdbc.sql("SELECT name || '|' || kind || '|' || COALESCE(parent_code, '-') FROM unit ORDER BY code")
                .query(String.class).list();
    }

    @Test
    void reportsTakenInOneRunAreComparedWithTheMonthsAndCorrectionsBeforeThemInTheSameRun() throws IOException {
        // given: in one run, September, its correction, then October, for two villages
        YearMonth september = OCTOBER.minusMonths(1);
        settled(TestWorkbooks.village(input, "dong-9.xlsx", "Thôn Đông", september,
                values("HH_TOTAL", 400, "HH_CLEAN_WATER", 100)), 9);
        settled(TestWorkbooks.village(input, "dong-9 (dinh chinh).xlsx", "Thôn Đông", september,
                values("HH_TOTAL", 400, "HH_CLEAN_WATER", 300)), 8);
        settled(TestWorkbooks.village(input, "nam-9.xlsx", "Thôn Nam", september,
                values("HH_TOTAL", 400, "HH_CLEAN_WATER", 100)), 7);
        settled(TestWorkbooks.village(input, "dong-10.xlsx", "Thôn Đông", OCTOBER,
                values("HH_TOTAL", 400, "HH_CLEAN_WATER", 310)), 6);
        settled(TestWorkbooks.village(input, "nam-10.xlsx", "Thôn Nam", OCTOBER,
                values("HH_TOTAL", 400, "HH_CLEAN_WATER", 300)), 5);

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then: Đông's October is compared with its corrected September, Nam's with its September
        assertThat(result.files()).extracting(FileOutcome::status).containsOnly(SubmissionStatus.ACCEPTED);
        assertThat(result.files().get(3).problems()).extracting(vn.xanh.facts.Problem::message).isEmpty();
        assertThat(result.files().get(4).problems()).extracting(vn.xanh.facts.Problem::message).containsExactly(
                "“Số hộ sử dụng nước sạch” tăng hơn một nửa so với tháng 9/2026 (từ 100 thành 300). Đề nghị đơn vị"
                        + " kiểm tra lại.");
        assertThat(jdbc.sql("SELECT status FROM submission ORDER BY id").query(String.class).list())
                .containsExactly("SUPERSEDED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED");
        // and, recorded in one batch, the September report is corrected by its correction, not by a later file
        assertThat(jdbc.sql("SELECT s.superseded_by = c.id FROM submission s JOIN submission c"
                + " ON c.file_name = 'dong-9 (dinh chinh).xlsx' WHERE s.file_name = 'dong-9.xlsx'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void copiesSentInLaterGroupsOfTheSameRunAreDuplicatesAndEveryFileKnowsWhereItWent() throws IOException {
        // given: a report and 199 copies of it under other names: more files than one group holds
        Path first = settled(TestWorkbooks.village(input, "dong.xlsx", "Thôn Đông", OCTOBER,
                values("HH_TOTAL", 400, "HH_CLEAN_WATER", 300)), 5);
        for (int i = 1; i < 200; i++) {
            settled(Files.copy(first, input.resolve(String.format("dong - ban %03d.xlsx", i))), 4);
        }

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then: counted once; the copies in the later groups, recorded after the first group's files had moved,
        // are duplicates too, and every record knows its file's place
        assertThat(result.files()).hasSize(200);
        assertThat(result.files()).extracting(FileOutcome::status).containsOnlyOnce(SubmissionStatus.ACCEPTED)
                .containsOnly(SubmissionStatus.ACCEPTED, SubmissionStatus.DUPLICATE);
        assertThat(cleanWater()).containsExactly("300.0000");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE stored_as IS NULL").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT stored_as) FROM submission").query(Integer.class).single())
                .isEqualTo(200);
        try (var left = Files.list(input)) {
            assertThat(left.filter(file -> file.getFileName().toString().startsWith("dong"))).isEmpty();
        }
    }

    @Test
    void theRunHoldsTheFactsOnRecordOfWhicheverMonthsItsGroupsAskFor() {
        // given: Đông's April to June on record, Nam with nothing
        intake.ingest(List.of()); // the registry's units, which facts refer to
        for (int month = 4; month <= 6; month++) {
            YearMonth period = YearMonth.of(2026, month);
            long id = submissions.insert(new SubmissionRepository.NewSubmission("dong-" + month + ".xlsx", "sha" + month,
                    "THON", "THON_DONG", period, OffsetDateTime.now(), OffsetDateTime.now(), false,
                    SubmissionStatus.ACCEPTED));
            facts.insert(id, List.of(new Fact("THON_DONG", period, "HH_TOTAL", BigDecimal.valueOf(400 + month))));
        }
        RecentFacts recent = new RecentFacts(facts);

        // when: a first group asks from May
        recent.load(List.of("THON_DONG"), YearMonth.of(2026, 5));

        // then: May and June are held, and not the whole history
        assertThat(recent.between(List.of("THON_DONG"), YearMonth.of(2026, 5), YearMonth.of(2026, 7)))
                .extracting(EffectiveFact::period).containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(recent.before(List.of("THON_DONG"), YearMonth.of(2026, 7))).isEmpty();

        // when: a later group asks from March, and for Nam
        recent.load(List.of("THON_DONG", "THON_NAM"), YearMonth.of(2026, 3));

        // then: April is added once, May and June are not read twice, and Nam's (empty) history is held whole
        assertThat(recent.between(List.of("THON_DONG"), YearMonth.of(2026, 3), YearMonth.of(2026, 7)))
                .extracting(EffectiveFact::value).containsExactly(new BigDecimal("404.0000"), new BigDecimal("405.0000"),
                        new BigDecimal("406.0000"));
        assertThat(recent.before(List.of("THON_NAM"), YearMonth.of(2026, 7))).contains(List.of());

        // when: the run accepts a correction of June
        recent.accepted("THON", "THON_DONG", YearMonth.of(2026, 6), "dong-6 (dinh chinh).xlsx", List.of(
                new Fact("THON_DONG", YearMonth.of(2026, 6), "HH_TOTAL", BigDecimal.valueOf(416))));

        // then: only the correction's June counts
        assertThat(recent.between(List.of("THON_DONG"), YearMonth.of(2026, 6), YearMonth.of(2026, 7)))
                .extracting(EffectiveFact::value).containsExactly(BigDecimal.valueOf(416));
    }

    @Test
    void leavesFilesStillBeingWrittenAndRejectsWhatIsNotAWorkbook() throws IOException {
        // given
        Path fresh = TestWorkbooks.village(input, "fresh.xlsx", "Thôn Nam", OCTOBER, values("HH_TOTAL", 10));
        Path lock = settled(Files.writeString(input.resolve("~$fresh.xlsx"), "lock"), 5);
        Path libreLock = settled(Files.writeString(input.resolve(".~lock.fresh.xlsx#"), "lock"), 5);
        Path photo = settled(Files.writeString(input.resolve("anh chup.jpg"), "JPEG"), 5);

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then: only the photo was taken, and rejected with a report saying why
        assertThat(result.files()).extracting(FileOutcome::fileName).containsExactly("anh chup.jpg");
        assertThat(fresh).exists();
        assertThat(lock).exists();
        assertThat(libreLock).exists();
        assertThat(photo).doesNotExist();
        assertThat(input.resolve("rejected/anh chup.jpg.loi.txt")).content(java.nio.charset.StandardCharsets.UTF_8)
                .contains("Tệp “anh chup.jpg” không phải bảng tính Excel (.xlsx, .xlsm hoặc .xls).");
    }

    @Test
    void finishesTheMoveOfAFileRecordedJustBeforeAStop() throws IOException {
        // given: a file taken in and committed, then the process stopped before moving it
        Path file = settled(TestWorkbooks.village(input, "bac.xlsx", "Thôn Bắc", OCTOBER, values("HH_TOTAL", 50)), 2);
        Path copy = Files.copy(file, input.getParent().resolve("bac-copy.xlsx"));
        intake.ingestDropFolder();
        jdbc.sql("UPDATE submission SET stored_as = NULL").update();
        Files.move(input.resolve("processed/bac.xlsx"), file);

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then: moved, not counted a second time, no second record
        assertThat(result.files()).extracting(FileOutcome::status).containsExactly(SubmissionStatus.ACCEPTED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fact").query(Integer.class).single()).isEqualTo(1);
        assertThat(file).doesNotExist();
        assertThat(input.resolve("processed/bac.xlsx")).hasSameBinaryContentAs(copy);
    }

    @Test
    void hostileFilesLandInRejectedWithTheirReasonAndNothingInTheDatabase() throws Exception {
        // given
        java.util.Map<String, String> files = HostileFiles.writeAll(input);
        for (String name : files.keySet()) {
            settled(input.resolve(name), 2);
        }

        // when
        IntakeResult result = intake.ingestDropFolder();

        // then
        assertThat(result.files()).extracting(FileOutcome::status).containsOnly(SubmissionStatus.REJECTED);
        for (var file : files.entrySet()) {
            assertThat(input.resolve("rejected/" + file.getKey())).exists();
            assertThat(input.resolve("rejected/" + file.getKey() + ".loi.txt"))
                    .content(java.nio.charset.StandardCharsets.UTF_8).contains(file.getValue());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fact").query(Integer.class).single()).isZero();
    }

    private List<String> cleanWater() {
        return jdbc.sql("SELECT f.amount FROM fact f JOIN submission s ON s.id = f.submission_id"
                + " WHERE s.status = 'ACCEPTED' AND f.metric = 'HH_CLEAN_WATER'").query(String.class).list();
    }

    /** Dates the file minutes back, as a file that has finished arriving. */
    private static Path settled(Path file, int minutesAgo) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60L * minutesAgo)));
        return file;
    }
}
