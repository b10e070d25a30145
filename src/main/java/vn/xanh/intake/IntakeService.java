package vn.xanh.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.ActivityRepository;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.Fact;
import vn.xanh.facts.FactRepository;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.facts.Problem;
import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionRepository.NewSubmission;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.facts.UnitRepository;
import vn.xanh.intake.internal.DataQuality;
import vn.xanh.intake.internal.DropFolder;
import vn.xanh.intake.internal.Fingerprints;
import vn.xanh.intake.internal.ReadAhead;
import vn.xanh.intake.internal.RecentFacts;
import vn.xanh.intake.internal.Sha256;
import vn.xanh.system.PausePoints;
import vn.xanh.system.RunLock;
import vn.xanh.system.XanhProperties;

/**
 * Takes in the files of the drop folder one at a time. Each file's record and facts commit in their
 * own transaction, and only then is the file moved; a process stopped in between leaves a record with
 * no stored path, which the next run recognises by the file's fingerprint and finishes.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final WorkbookParser parser;
    private final SubmissionRepository submissions;
    private final FactRepository facts;
    private final UnitRepository units;
    private final Catalog catalog;
    private final XanhProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final DataQuality dataQuality;
    private final ApplicationEventPublisher events;
    private final RunLock lock;
    private final ActivityRepository activities;
    private final GreenModelRepository models;

    public IntakeService(WorkbookParser parser, SubmissionRepository submissions, FactRepository facts,
            UnitRepository units, Catalog catalog, XanhProperties properties, Clock clock,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, RunLock lock,
            ActivityRepository activities, GreenModelRepository models) {
        this.activities = activities;
        this.models = models;
        this.events = events;
        this.lock = lock;
        this.parser = parser;
        this.submissions = submissions;
        this.facts = facts;
        this.units = units;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.dataQuality = new DataQuality(catalog);
    }

    /**
     * The files in the drop folder that are ready: not locked, not hidden, settled. Settling is judged
     * on the machine's real time, as the files' own times are, whatever date the run is for.
     */
    public List<Path> pendingFiles() {
        return DropFolder.ready(properties.inputDir(), properties.settleTime(), Clock.systemUTC());
    }

    public IntakeResult ingestDropFolder() {
        return ingest(pendingFiles());
    }

    /**
     * Takes the files in order, in groups of files: what the database knows of a group's fingerprints,
     * mail origins and recent facts is read once for the group and kept up to date in memory as it
     * records. Each file's record still commits on its own, the run lock checked first, and only then is
     * the file moved (the fault and crash tests hold a run to stopping at its next commit). The next
     * files are read ahead on another core meanwhile.
     */
    public IntakeResult ingest(List<Path> files) {
        units.synchronize(catalog.units());
        recordMovesCutShort();
        List<FileOutcome> outcomes = new ArrayList<>();
        int done = 0;
        try (ReadAhead<Arrival> reading = new ReadAhead<>(files, this::read)) {
            for (int from = 0; from < files.size();) {
                List<Arrival> group = new ArrayList<>();
                int facts = 0;
                while (from < files.size() && group.size() < GROUP_FILES && facts < GROUP_FACTS) {
                    Arrival arrival = reading.take(from++);
                    group.add(arrival);
                    facts += arrival.parsed() == null ? 0 : arrival.parsed().facts().size();
                }
                done = record(group, outcomes, done, files.size());
            }
        }
        return new IntakeResult(outcomes);
    }

    /** At most this many files share one look-up of fingerprints and recent facts. */
    private static final int GROUP_FILES = 64;
    /** ... and at most about this many facts, so a register is not held with others. */
    private static final int GROUP_FACTS = 20_000;

    /** A file as read, before any lookup: its fingerprint and (unless it vanished) what it says. */
    private record Arrival(Path file, String fileName, OffsetDateTime arrivedAt, String sha256, ParsedWorkbook parsed,
            boolean vanished) {
    }

    /** A file whose record is (or already was) in the database, waiting to be moved. */
    private record Recorded(Path file, long id, SubmissionStatus status, OffsetDateTime receivedAt,
            List<Problem> problems, ParsedWorkbook parsed) {
    }

    /** Reads a file without touching the database or the folders: safe to run ahead on another thread. */
    private Arrival read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            // When the file landed in the drop folder: what the reporting deadline is judged by.
            OffsetDateTime arrivedAt = Files.getLastModifiedTime(file).toInstant().atZone(clock.getZone())
                    .toOffsetDateTime();
            String sha256 = Sha256.of(file);
            return new Arrival(file, fileName, arrivedAt, sha256, parse(file, fileName), false);
        }
        catch (NoSuchFileException e) {
            return new Arrival(file, fileName, null, null, null, true);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not take in " + file, e);
        }
    }

    /**
     * Records a group's files in order, in the caller's transaction. What the database knew of their
     * fingerprints is asked once for the group; what the group itself records is kept as it goes.
     */
    private int record(List<Arrival> group, List<FileOutcome> outcomes, int done, int total) {
        List<Arrival> present = new ArrayList<>();
        for (Arrival arrival : group) {
            if (arrival.vanished()) {
                log.warn("{} disappeared before it could be taken in; nothing recorded", arrival.fileName());
            }
            else {
                present.add(arrival);
            }
        }
        Fingerprints known = new Fingerprints(submissions.unmovedOrCounted(present.stream().map(Arrival::sha256)
                .collect(Collectors.toSet())), submissions.unclaimedMailFiles());
        RecentFacts recent = recentFacts(present);
        for (Arrival arrival : group) {
            if (!arrival.vanished()) {
                // Each file's record commits on its own (the lock checked first), then the file moves.
                Recorded recorded = transaction.execute(tx -> {
                    lock.verifyHeld();
                    Map<Long, List<Problem>> problems = new LinkedHashMap<>();
                    Recorded file = record(arrival, known, recent, problems);
                    submissions.insertProblems(problems);
                    return file;
                });
                PausePoints.reach("intake.recorded");
                outcomes.add(move(recorded));
            }
            events.publishEvent(new IntakeProgress(++done, total, arrival.fileName()));
        }
        return done;
    }

    private Recorded record(Arrival arrival, Fingerprints known, RecentFacts recent,
            Map<Long, List<Problem>> problems) {
        String fileName = arrival.fileName();
        String sha256 = arrival.sha256();
        OffsetDateTime receivedAt = OffsetDateTime.now(clock);
        Optional<Submission> unmoved = known.unmoved(sha256);
        if (unmoved.isPresent()) {
            log.info("Finishing the move of {} recorded as submission {}", fileName, unmoved.get().id());
            return new Recorded(arrival.file(), unmoved.get().id(), unmoved.get().status(), receivedAt,
                    submissions.problems(unmoved.get().id()), null);
        }
        boolean fromMail = known.mailFiles().contains(SubmissionRepository.mailKey(fileName, sha256));
        Optional<Submission> counted = known.counted(sha256);
        if (counted.isPresent()) {
            Problem note = Problem.warning(null, null, null, "Tệp trùng nội dung với tệp „"
                    + counted.get().fileName() + "” đã nhận trước đó; số liệu chỉ được tính một lần.");
            long id = submissions.insert(new NewSubmission(fileName, sha256, counted.get().templateId(),
                    counted.get().unitCode(), counted.get().period(), receivedAt, arrival.arrivedAt(), false,
                    SubmissionStatus.DUPLICATE), fromMail);
            problems.put(id, List.of(note));
            return new Recorded(arrival.file(), id, SubmissionStatus.DUPLICATE, receivedAt, List.of(note), null);
        }
        ParsedWorkbook checked = withDoubts(arrival.parsed(), recent);
        SubmissionStatus status = checked.accepted() ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED;
        NewSubmission submission = new NewSubmission(fileName, sha256, checked.template() == null ? null
                : checked.template().id(), checked.unit() == null ? null : checked.unit().code(), checked.period(),
                receivedAt, arrival.arrivedAt(), checked.nothingToReport(), status);
        long id = submissions.insert(submission, fromMail);
        problems.put(id, checked.problems());
        if (status == SubmissionStatus.ACCEPTED) {
            submissions.supersedePrevious(id, checked.template().id(), checked.unit().code(), checked.period());
            facts.insert(id, checked.facts());
            activities.insert(id, checked.activities());
            models.insert(id, checked.models());
            recent.accepted(id, submission.templateId(), submission.unitCode(), submission.period(), fileName,
                    checked.facts());
            known.counting(new Submission(id, fileName, sha256, submission.templateId(), submission.unitCode(),
                    submission.period(), receivedAt, arrival.arrivedAt(), status, null));
        }
        return new Recorded(arrival.file(), id, status, receivedAt, checked.problems(), checked);
    }

    /** Moves a file whose record committed, and records where it went. */
    private FileOutcome move(Recorded file) {
        FileOutcome outcome;
        try {
            outcome = finish(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not move " + file.file(), e);
        }
        transaction.executeWithoutResult(tx -> submissions.recordStoredAs(file.id(), outcome.storedAs()));
        return outcome;
    }

    /**
     * A file moved into {@code processed/} or {@code rejected/} whose new place could not be recorded
     * (the database went away between the move and that commit) is found there by its fingerprint, and
     * its place recorded now, so the record no longer looks unfinished.
     */
    private void recordMovesCutShort() {
        for (Submission unmoved : submissions.unmoved()) {
            String name = unmoved.fileName();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            for (Path folder : List.of(properties.processedDir(), properties.rejectedDir())) {
                Optional<Path> moved = DropFolder.withSameBytes(folder, stem, unmoved.sha256())
                        .filter(file -> !submissions.isStoredAt(file.toString()));
                if (moved.isPresent()) {
                    transaction.executeWithoutResult(tx -> submissions.recordStoredAs(unmoved.id(),
                            moved.get().toString()));
                    log.info("{} had been moved to {} before its record was finished; recorded now", name, moved.get());
                    break;
                }
            }
        }
    }

    /**
     * Takes files back from {@code rejected/} (after the registry or a template was fixed) and takes
     * them in again; their old reports no longer apply and are removed.
     */
    public IntakeResult reprocess(List<String> rejectedNames) throws IOException {
        List<Path> back = new ArrayList<>();
        for (String name : rejectedNames) {
            Path file = properties.rejectedDir().resolve(Path.of(name).getFileName().toString());
            DropFolder.forgetReports(file);
            back.add(Files.move(file, DropFolder.freeName(properties.inputDir(), file.getFileName().toString())));
        }
        return ingest(back);
    }

    /** The marked-up copy intake writes beside a rejected workbook ({@code thon.xlsx} → {@code thon.loi.xlsx}). */
    public static Path markedUpCopy(Path rejected) {
        return vn.xanh.intake.internal.AnnotatedCopy.pathFor(rejected);
    }

    /**
     * What intake would do with the files, without recording, moving or changing anything: for
     * {@code xanh intake --dry-run}.
     */
    public IntakeResult preview(List<Path> files) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            try {
                Optional<Submission> counted = submissions.findCountedBySha256(Sha256.of(file));
                if (counted.isPresent()) {
                    outcomes.add(new FileOutcome(fileName, SubmissionStatus.DUPLICATE, counted.get().templateId(), null,
                            counted.get().period(), 0, List.of(), null));
                    continue;
                }
                ParsedWorkbook parsed = examine(file, fileName);
                outcomes.add(new FileOutcome(fileName, parsed.accepted() ? SubmissionStatus.ACCEPTED
                        : SubmissionStatus.REJECTED, parsed.template() == null ? null : parsed.template().id(),
                        parsed.unit() == null ? null : parsed.unit().name(), parsed.period(), parsed.facts().size(),
                        parsed.problems(), null));
            }
            catch (NoSuchFileException e) {
                log.warn("{} disappeared before it could be read", fileName);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        return new IntakeResult(outcomes);
    }

    /** The workbook read and checked, with doubts about its numbers against the unit's earlier months. */
    private ParsedWorkbook examine(Path file, String fileName) {
        return withDoubts(parse(file, fileName), null);
    }

    /** The doubts, compared with the group's recent facts when they are enough, else with the database's whole history. */
    private ParsedWorkbook withDoubts(ParsedWorkbook parsed, RecentFacts recent) {
        if (parsed.accepted() && !parsed.facts().isEmpty()) {
            List<String> unitCodes = parsed.facts().stream().map(Fact::unitCode).distinct().toList();
            // The recent months first: a unit's whole history grows every month, and is needed only after a gap.
            List<EffectiveFact> earlier = recent == null ? List.of()
                    : recent.between(unitCodes, parsed.period().minusMonths(DataQuality.RECENT_MONTHS), parsed.period());
            if (recent == null || !dataQuality.recentIsEnough(parsed.facts(), earlier)) {
                earlier = facts.before(unitCodes, parsed.period());
            }
            parsed = parsed.withProblems(dataQuality.check(parsed.facts(), earlier));
        }
        return parsed;
    }

    /** The recent facts of every unit the group's readable reports speak of, in one statement. */
    private RecentFacts recentFacts(List<Arrival> group) {
        List<ParsedWorkbook> reports = group.stream().map(Arrival::parsed)
                .filter(p -> p.accepted() && !p.facts().isEmpty()).toList();
        Set<String> units = reports.stream().flatMap(p -> p.facts().stream()).map(Fact::unitCode)
                .collect(Collectors.toSet());
        YearMonth from = reports.stream().map(ParsedWorkbook::period).min(Comparator.naturalOrder())
                .orElse(YearMonth.now(clock)).minusMonths(DataQuality.RECENT_MONTHS);
        YearMonth until = reports.stream().map(ParsedWorkbook::period).max(Comparator.naturalOrder())
                .orElse(YearMonth.now(clock));
        return new RecentFacts(facts, units, from, until);
    }

    private ParsedWorkbook parse(Path file, String fileName) {
        if (!DropFolder.isWorkbookName(file)) {
            return rejected("Tệp „" + fileName + "” không phải bảng tính Excel (.xlsx, .xlsm hoặc .xls). Hãy gửi báo cáo"
                    + " bằng mẫu biểu Excel của xã.");
        }
        try {
            return parser.parse(file);
        }
        catch (RuntimeException e) {
            // One strange file must not stop the night's run: it is rejected, and the log keeps the cause.
            log.error("Unexpected failure reading {}", fileName, e);
            return rejected("Không đọc được nội dung tệp „" + fileName + "”. Hãy mở tệp bằng Excel, lưu lại dưới dạng"
                    + " .xlsx theo mẫu biểu của xã rồi gửi lại; nếu vẫn lỗi, báo cho cán bộ phụ trách.");
        }
    }

    private static ParsedWorkbook rejected(String reason) {
        return new ParsedWorkbook(null, null, null, false, List.of(), List.of(Problem.fileError(reason)));
    }

    private FileOutcome finish(Recorded file) throws IOException {
        String fileName = file.file().getFileName().toString();
        ParsedWorkbook parsed = file.parsed();
        Path stored = file.status() == SubmissionStatus.REJECTED
                ? DropFolder.reject(file.file(), properties.rejectedDir(), file.receivedAt(), file.problems())
                : DropFolder.moveInto(file.file(), properties.processedDir());
        log.info("{} -> {} ({})", fileName, file.status(), stored);
        return new FileOutcome(fileName, file.status(), parsed == null || parsed.template() == null ? null
                : parsed.template().id(), parsed == null || parsed.unit() == null ? null : parsed.unit().name(),
                parsed == null ? null : parsed.period(), parsed == null ? 0 : parsed.facts().size(), file.problems(),
                stored.toString());
    }
}
