package vn.xanh.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.xanh.TestPostgres;

/**
 * The bulk writes of a report's facts and problems ({@code COPY} on PostgreSQL, a batch on H2) keep every text as
 * it was: quotes, commas, line breaks, Vietnamese, an empty text and a missing one.
 */
class BulkWritesTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:bulk-writes-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return Stream.of(Arguments.of("h2", h2), Arguments.of("postgresql", postgres.server().getPostgresDatabase()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsEveryTextAsItWas(String vendor, DataSource dataSource) {
        // given
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common",
                "classpath:db/migration/" + vendor).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        SubmissionRepository submissions = new SubmissionRepository(jdbc, new NamedParameterJdbcTemplate(dataSource));
        ProblemRepository found = new ProblemRepository(jdbc, new JdbcTemplate(dataSource));
        FactRepository facts = new FactRepository(jdbc, new JdbcTemplate(dataSource));
        long id = submissions.insert(new SubmissionRepository.NewSubmission("thon-dong.xlsx", "ab".repeat(32), "TK01",
                "THON_DONG", YearMonth.of(2026, 10), OffsetDateTime.of(2026, 11, 2, 8, 0, 0, 0, ZoneOffset.UTC), null,
                false, SubmissionStatus.ACCEPTED));
        List<Problem> problems = List.of(
                Problem.warning("Báo cáo", "E12", "HH_CLEAN_WATER", "Số hộ \"dùng nước sạch\", tăng 40%,\ncần xem lại"),
                Problem.fileError("Tệp có mật khẩu; không đọc được."),
                Problem.error("Báo cáo", "", "", "Ô trống"));
        List<Fact> read = List.of(new Fact("THON_\"DONG\",A", YearMonth.of(2026, 10), "HH_TOTAL", new BigDecimal("312")),
                new Fact("THON_DONG", YearMonth.of(2026, 10), "HH_CLEAN_WATER", new BigDecimal("298.5000")));

        // when
        found.insert(Map.of(id, problems));
        facts.insert(Map.of(id, read));

        // then
        assertThat(found.of(id)).containsExactlyElementsOf(problems);
        assertThat(facts.ofSubmission(id)).extracting(Fact::unitCode, Fact::metric, f -> f.value().stripTrailingZeros())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("THON_\"DONG\",A", "HH_TOTAL", new BigDecimal("312")),
                        org.assertj.core.groups.Tuple.tuple("THON_DONG", "HH_CLEAN_WATER", new BigDecimal("298.5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void recordsAGroupOfSubmissionsInOrderAndWhereTheirFilesWent(String vendor, DataSource dataSource) {
        // given
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common",
                "classpath:db/migration/" + vendor).load().migrate();
        SubmissionRepository submissions = new SubmissionRepository(JdbcClient.create(dataSource),
                new NamedParameterJdbcTemplate(dataSource));
        OffsetDateTime received = OffsetDateTime.of(2026, 11, 2, 8, 0, 30, 123_456_000, ZoneOffset.ofHours(7));
        List<SubmissionRepository.NewSubmission> group = List.of(
                new SubmissionRepository.NewSubmission("Thôn \"Đông\", bản 2.xlsx", "a".repeat(64), "THON", "THON_DONG",
                        YearMonth.of(2026, 10), received, received.minusDays(1), false, SubmissionStatus.ACCEPTED),
                new SubmissionRepository.NewSubmission("không rõ.xlsx", "b".repeat(64), null, null, null, received,
                        null, false, SubmissionStatus.REJECTED),
                new SubmissionRepository.NewSubmission("cho.xlsx", "c".repeat(64), "CHO", "BQL_CHO", YearMonth.of(2026, 9),
                        received, received, true, SubmissionStatus.ACCEPTED));

        // when
        List<Long> ids = submissions.insertAll(group);
        long single = submissions.insert(group.get(0));
        submissions.recordStoredAs(Map.of(ids.get(0), "processed/2026-11/Thôn \"Đông\", bản 2.xlsx",
                ids.get(1), "rejected/không rõ.xlsx"));

        // then: ids ascending in the group's order, every field as written, the next id after them
        assertThat(ids).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(single).isGreaterThan(ids.get(2));
        for (int i = 0; i < group.size(); i++) {
            SubmissionRepository.NewSubmission written = group.get(i);
            Submission read = submissions.find(ids.get(i)).orElseThrow();
            assertThat(read).extracting(Submission::fileName, Submission::sha256, Submission::templateId,
                    Submission::unitCode, Submission::period, Submission::status)
                    .containsExactly(written.fileName(), written.sha256(), written.templateId(), written.unitCode(),
                            written.period(), written.status());
            assertThat(read.receivedAt().toInstant()).isEqualTo(received.toInstant());
            assertThat(read.arrivedAt() == null ? null : read.arrivedAt().toInstant())
                    .isEqualTo(written.arrivedAt() == null ? null : written.arrivedAt().toInstant());
        }
        assertThat(submissions.find(ids.get(0)).orElseThrow().storedAs())
                .isEqualTo("processed/2026-11/Thôn \"Đông\", bản 2.xlsx");
        assertThat(submissions.find(ids.get(1)).orElseThrow().storedAs()).isEqualTo("rejected/không rõ.xlsx");
        assertThat(submissions.find(ids.get(2)).orElseThrow().storedAs()).isNull();
    }
}
