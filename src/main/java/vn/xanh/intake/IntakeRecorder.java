package vn.xanh.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.ActivityRepository;
import vn.xanh.facts.ClosedMonths;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.Fact;
import vn.xanh.facts.FactRepository;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.facts.Problem;
import vn.xanh.facts.ProblemRepository;
import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository.Correction;
import vn.xanh.facts.SubmissionRepository.MailOrigin;
import vn.xanh.facts.SubmissionRepository.NewSubmission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.internal.check.DataQuality;
import vn.xanh.intake.internal.check.Fingerprints;
import vn.xanh.intake.internal.check.RecentFacts;
import vn.xanh.system.RunLock;

/**
 * Records a group of files that were read: what the database knows of their fingerprints, mail origins
 * and recent facts is asked once for the group, each file is judged in order (a duplicate, a correction, a
 * doubt about its numbers) as the database would judge it one file at a time, and the group's records,
 * facts and problems are written in one transaction, the run lock checked first. Nothing here moves a file.
 */
@Component
class IntakeRecorder {

    private static final Logger log = LoggerFactory.getLogger(IntakeRecorder.class);

    /** A file as read, before any lookup: its fingerprint and (unless it vanished) what it says. */
    record Arrival(Path file, String fileName, OffsetDateTime arrivedAt, String sha256, ParsedWorkbook parsed,
            boolean vanished) {
    }

    /** What a file of the group was judged to be: a new record to write, or one a stopped run already wrote. */
    private sealed interface Judged permits New, Recorded {
    }

    /** A file whose record is (or already was) in the database, waiting to be moved. */
    record Recorded(Path file, long id, SubmissionStatus status, OffsetDateTime receivedAt, List<Problem> problems,
            ParsedWorkbook parsed) implements Judged {
    }

    /** A new record the group writes: the submission, and (when accepted) what it brings. */
    private record New(Arrival arrival, NewSubmission submission, boolean fromMail, List<Problem> problems,
            ParsedWorkbook checked) implements Judged {

        boolean accepted() {
            return submission.status() == SubmissionStatus.ACCEPTED;
        }

        /** Accepted or held: its numbers are stored (held ones count only once approved). */
        boolean readable() {
            return accepted() || submission.status() == SubmissionStatus.HELD;
        }
    }

    private final SubmissionRepository submissions;
    private final ProblemRepository problems;
    private final FactRepository facts;
    private final ActivityRepository activities;
    private final GreenModelRepository models;
    private final RunLock lock;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final DataQuality dataQuality;
    private final Holds holds;

    IntakeRecorder(SubmissionRepository submissions, ProblemRepository problems, FactRepository facts,
            ActivityRepository activities, GreenModelRepository models, RunLock lock, Clock clock, Catalog catalog,
            PlatformTransactionManager transactionManager, ClosedMonths closedMonths) {
        this.holds = new Holds(catalog, closedMonths);
        this.submissions = submissions;
        this.problems = problems;
        this.facts = facts;
        this.activities = activities;
        this.models = models;
        this.lock = lock;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.dataQuality = new DataQuality(catalog);
    }

    /**
     * Records the files (none vanished) in order, in one transaction of its own; returns them as recorded, in
     * the same order; a file whose record a stopped run left unmoved is returned as that record. {@code recent}
     * is the run's: it holds the facts of the groups before; {@code placesBefore}, where the files of the group
     * before went, is recorded in the same transaction and emptied.
     */
    List<Recorded> record(List<Arrival> group, RecentFacts recent, Map<Long, String> placesBefore) {
        List<Judged> judged = new ArrayList<>();
        List<Long> ids = transaction.execute(tx -> {
            lock.verifyHeld();
            // Where the earlier group's files went, first: this group's lookups then see them moved, and a group
            // costs one commit.
            submissions.recordStoredAs(placesBefore);
            Map<String, MailOrigin> origins = submissions.unclaimedMailOrigins();
            Fingerprints known = new Fingerprints(submissions.unmovedOrCounted(group.stream().map(Arrival::sha256)
                    .collect(Collectors.toSet())), origins.keySet());
            load(recent, group);
            // Judged in order first, reading only; then written at once.
            for (Arrival arrival : group) {
                judged.add(judge(arrival, known, recent, origins));
            }
            return write(judged.stream().filter(New.class::isInstance).map(New.class::cast).toList());
        });
        placesBefore.clear();
        List<Recorded> recorded = new ArrayList<>();
        int next = 0;
        for (Judged file : judged) {
            if (file instanceof New created) {
                recorded.add(new Recorded(created.arrival().file(), ids.get(next++), created.submission().status(),
                        created.submission().receivedAt(), created.problems(), created.checked()));
            }
            else {
                recorded.add((Recorded) file);
            }
        }
        return recorded;
    }

    /** One file judged against what the database and the group's earlier files hold: a new record or one already written. */
    private Judged judge(Arrival arrival, Fingerprints known, RecentFacts recent, Map<String, MailOrigin> origins) {
        String fileName = arrival.fileName();
        String sha256 = arrival.sha256();
        OffsetDateTime receivedAt = OffsetDateTime.now(clock);
        Optional<Submission> unmoved = known.unmoved(sha256);
        if (unmoved.isPresent()) {
            log.info("Finishing the move of {} recorded as submission {}", vn.xanh.system.ForeignText.forLog(fileName),
                    unmoved.get().id());
            return new Recorded(arrival.file(), unmoved.get().id(), unmoved.get().status(), receivedAt,
                    problems.of(unmoved.get().id()), null);
        }
        boolean fromMail = known.mailFiles().contains(SubmissionRepository.mailKey(fileName, sha256));
        Optional<Submission> counted = known.counted(sha256);
        if (counted.isPresent()) {
            Problem note = Problem.warning(null, null, null, "Tệp trùng nội dung với tệp "
                    + vn.xanh.system.Vietnamese.quoted(counted.get().fileName()) + " đã nhận trước đó; số liệu chỉ được tính một lần.");
            return new New(arrival, new NewSubmission(fileName, sha256, counted.get().templateId(),
                    counted.get().unitCode(), counted.get().period(), receivedAt, arrival.arrivedAt(), false,
                    SubmissionStatus.DUPLICATE), fromMail, List.of(note), null);
        }
        ParsedWorkbook checked = withDoubts(arrival.parsed(), recent);
        SubmissionStatus status = checked.accepted() ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED;
        String held = status == SubmissionStatus.ACCEPTED ? holds.reason(checked, fromMail
                ? origins.get(SubmissionRepository.mailKey(fileName, sha256)) : null, receivedAt) : null;
        if (held != null) {
            status = SubmissionStatus.HELD;
            log.info("{} held for a clerk's decision: {}", fileName, held);
        }
        NewSubmission submission = new NewSubmission(fileName, sha256, checked.template() == null ? null
                : checked.template().id(), checked.unit() == null ? null : checked.unit().code(), checked.period(),
                receivedAt, arrival.arrivedAt(), checked.nothingToReport(), status, held);
        if (status == SubmissionStatus.ACCEPTED) {
            recent.accepted(submission.templateId(), submission.unitCode(), submission.period(), fileName,
                    checked.facts());
            // Its id is not known before the group's insert; a later duplicate of it needs only its name and report.
            known.counting(new Submission(0, fileName, sha256, submission.templateId(), submission.unitCode(),
                    submission.period(), receivedAt, arrival.arrivedAt(), status, null));
        }
        return new New(arrival, submission, fromMail, checked.problems(), checked);
    }

    /** The group's new records, corrections, facts, activities, models and problems; returns the records' ids. */
    private List<Long> write(List<New> news) {
        List<Long> ids = submissions.insertAll(news.stream().map(New::submission).toList());
        List<Correction> corrections = new ArrayList<>();
        Map<Long, List<Fact>> factsById = new LinkedHashMap<>();
        Map<Long, List<Problem>> problemsById = new LinkedHashMap<>();
        for (int i = 0; i < news.size(); i++) {
            New created = news.get(i);
            long id = ids.get(i);
            if (created.fromMail()) {
                submissions.claimMailOrigin(id, created.submission().fileName(), created.submission().sha256());
            }
            problemsById.put(id, created.problems());
            if (created.readable()) {
                NewSubmission s = created.submission();
                if (created.accepted()) {
                    corrections.add(new Correction(id, s.templateId(), s.unitCode(), s.period()));
                }
                factsById.put(id, created.checked().facts());
                activities.insert(id, created.checked().activities());
                models.insert(id, created.checked().models());
            }
        }
        submissions.supersedePrevious(corrections);
        facts.insert(factsById);
        problems.insert(problemsById);
        return ids;
    }

    /** The doubts, compared with the group's recent facts when they are enough, else with the database's whole history. */
    ParsedWorkbook withDoubts(ParsedWorkbook parsed, RecentFacts recent) {
        if (parsed.accepted() && !parsed.facts().isEmpty()) {
            List<String> unitCodes = parsed.facts().stream().map(Fact::unitCode).distinct().toList();
            // The recent months first: a unit's whole history grows every month, and is needed only after a gap.
            List<EffectiveFact> earlier = recent == null ? List.of()
                    : recent.between(unitCodes, parsed.period().minusMonths(DataQuality.RECENT_MONTHS), parsed.period());
            if (recent == null || !dataQuality.recentIsEnough(parsed.facts(), earlier)) {
                YearMonth period = parsed.period();
                earlier = (recent == null ? Optional.<List<EffectiveFact>>empty() : recent.before(unitCodes, period))
                        .orElseGet(() -> facts.before(unitCodes, period));
            }
            parsed = parsed.withProblems(dataQuality.check(parsed.facts(), earlier));
        }
        return parsed;
    }

    /** What a run's groups share: the facts of the units they speak of, read once. */
    RecentFacts forRun() {
        return new RecentFacts(facts);
    }

    /** The recent facts of every unit the group's readable reports speak of, where the run does not hold them yet. */
    private void load(RecentFacts recent, List<Arrival> group) {
        List<ParsedWorkbook> reports = group.stream().map(Arrival::parsed)
                .filter(p -> p.accepted() && !p.facts().isEmpty()).toList();
        Set<String> units = reports.stream().flatMap(p -> p.facts().stream()).map(Fact::unitCode)
                .collect(Collectors.toSet());
        reports.stream().map(ParsedWorkbook::period).min(Comparator.naturalOrder())
                .ifPresent(first -> recent.load(units, first.minusMonths(DataQuality.RECENT_MONTHS)));
    }
}
