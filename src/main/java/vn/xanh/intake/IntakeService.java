package vn.xanh.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import vn.xanh.facts.Fact;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.facts.FactRepository;
import vn.xanh.facts.Problem;
import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionRepository.NewSubmission;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.facts.UnitRepository;
import vn.xanh.intake.internal.DataQuality;
import vn.xanh.intake.internal.DropFolder;
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

    public IntakeResult ingest(List<Path> files) {
        units.synchronize(catalog.units());
        recordMovesCutShort();
        List<FileOutcome> outcomes = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            ingest(file).ifPresent(outcomes::add);
            events.publishEvent(new IntakeProgress(++done, files.size(), file.getFileName().toString()));
        }
        return new IntakeResult(outcomes);
    }

    /** What became of the file, or nothing when it vanished before it could be read. */
    private Optional<FileOutcome> ingest(Path file) {
        String fileName = file.getFileName().toString();
        OffsetDateTime receivedAt = OffsetDateTime.now(clock);
        try {
            // When the file landed in the drop folder: what the reporting deadline is judged by.
            OffsetDateTime arrivedAt = Files.getLastModifiedTime(file).toInstant().atZone(clock.getZone())
                    .toOffsetDateTime();
            String sha256 = Sha256.of(file);
            Optional<Submission> unmoved = submissions.findUnmoved(sha256);
            if (unmoved.isPresent()) {
                log.info("Finishing the move of {} recorded as submission {}", fileName, unmoved.get().id());
                return Optional.of(finish(file, unmoved.get().id(), unmoved.get().status(), fileName, receivedAt,
                        submissions.problems(unmoved.get().id()), null));
            }
            Optional<Submission> counted = submissions.findCountedBySha256(sha256);
            if (counted.isPresent()) {
                Problem note = Problem.warning(null, null, null, "Tệp trùng nội dung với tệp „"
                        + counted.get().fileName() + "” đã nhận trước đó; số liệu chỉ được tính một lần.");
                long id = transaction.execute(status -> {
                    lock.verifyHeld();
                    long newId = submissions.insert(new NewSubmission(fileName, sha256, counted.get().templateId(),
                            counted.get().unitCode(), counted.get().period(), receivedAt, arrivedAt, false,
                            SubmissionStatus.DUPLICATE));
                    submissions.insertProblems(newId, List.of(note));
                    return newId;
                });
                return Optional.of(finish(file, id, SubmissionStatus.DUPLICATE, fileName, receivedAt, List.of(note),
                        null));
            }
            ParsedWorkbook checked = examine(file, fileName);
            SubmissionStatus status = checked.accepted() ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED;
            long id = transaction.execute(tx -> record(new NewSubmission(fileName, sha256,
                    checked.template() == null ? null : checked.template().id(),
                    checked.unit() == null ? null : checked.unit().code(), checked.period(), receivedAt, arrivedAt,
                    checked.nothingToReport(), status), checked));
            PausePoints.reach("intake.recorded");
            return Optional.of(finish(file, id, status, fileName, receivedAt, checked.problems(), checked));
        }
        catch (NoSuchFileException e) {
            log.warn("{} disappeared before it could be taken in; nothing recorded", fileName);
            return Optional.empty();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not take in " + file, e);
        }
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
        ParsedWorkbook parsed = parse(file, fileName);
        if (parsed.accepted() && !parsed.facts().isEmpty()) {
            List<String> unitCodes = parsed.facts().stream().map(Fact::unitCode).distinct().toList();
            parsed = parsed.withProblems(dataQuality.check(parsed.facts(), facts.before(unitCodes, parsed.period())));
        }
        return parsed;
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

    private long record(NewSubmission submission, ParsedWorkbook parsed) {
        lock.verifyHeld();
        long id = submissions.insert(submission);
        submissions.insertProblems(id, parsed.problems());
        if (submission.status() == SubmissionStatus.ACCEPTED) {
            submissions.supersedePrevious(id, parsed.template().id(), parsed.unit().code(), parsed.period());
            facts.insert(id, parsed.facts());
            activities.insert(id, parsed.activities());
            models.insert(id, parsed.models());
        }
        return id;
    }

    private FileOutcome finish(Path file, long id, SubmissionStatus status, String fileName,
            OffsetDateTime receivedAt, List<Problem> problems, ParsedWorkbook parsed) throws IOException {
        Path stored = status == SubmissionStatus.REJECTED
                ? DropFolder.reject(file, properties.rejectedDir(), receivedAt, problems)
                : DropFolder.moveInto(file, properties.processedDir());
        transaction.executeWithoutResult(tx -> submissions.recordStoredAs(id, stored.toString()));
        log.info("{} -> {} ({})", fileName, status, stored);
        return new FileOutcome(fileName, status, parsed == null || parsed.template() == null ? null : parsed.template().id(),
                parsed == null || parsed.unit() == null ? null : parsed.unit().name(),
                parsed == null ? null : parsed.period(), parsed == null ? 0 : parsed.facts().size(), problems,
                stored.toString());
    }
}
