package vn.xanh.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.UnitRepository;
import vn.xanh.intake.IntakeRecorder.Arrival;
import vn.xanh.intake.IntakeRecorder.Recorded;
import vn.xanh.intake.internal.check.RecentFacts;
import vn.xanh.intake.internal.folder.DropFolder;
import vn.xanh.intake.internal.folder.ReadAhead;
import vn.xanh.intake.internal.folder.Sha256;
import vn.xanh.system.ForeignText;
import vn.xanh.system.PausePoints;
import vn.xanh.system.RunLock;
import vn.xanh.system.XanhProperties;

/**
 * Takes in the files of the drop folder in order, a group at a time. A group's records and facts commit
 * together ({@link IntakeRecorder}), and only then are its files moved; a process stopped in between leaves
 * records with no stored path, which the next run recognises by the files' fingerprints and finishes.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final WorkbookParser parser;
    private final IntakeRecorder recorder;
    private final IntakeMoves moves;
    private final SubmissionRepository submissions;
    private final UnitRepository units;
    private final Catalog catalog;
    private final XanhProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final RunLock lock;

    IntakeService(WorkbookParser parser, IntakeRecorder recorder, IntakeMoves moves, SubmissionRepository submissions,
            UnitRepository units, Catalog catalog, XanhProperties properties, Clock clock,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, RunLock lock) {
        this.parser = parser;
        this.recorder = recorder;
        this.moves = moves;
        this.submissions = submissions;
        this.units = units;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
     * Takes the files in order, in groups: each group's records commit together (the run lock checked
     * first), then its files move, then where they went is recorded. The next files are read ahead on the
     * other cores meanwhile.
     */
    public IntakeResult ingest(List<Path> files) {
        List<FileOutcome> outcomes = new ArrayList<>();
        int done = 0;
        // Where the files moved went: recorded with the next group's records, and after the last group on their own.
        Map<Long, String> places = new LinkedHashMap<>();
        boolean finished = false;
        try (ReadAhead<Arrival> reading = new ReadAhead<>(files, this::read)) {
            // Reading touches neither the database nor the folders: it starts while the run prepares.
            reading.start();
            units.synchronize(catalog.units());
            moves.recordMovesCutShort();
            RecentFacts recent = recorder.forRun();
            for (int from = 0; from < files.size();) {
                List<Arrival> group = new ArrayList<>();
                int facts = 0;
                // A group takes what is already read (at least a few files): recording starts as soon as the
                // first files are in, and the last group is not left for the end while the readers wait.
                while (from < files.size() && group.size() < GROUP_FILES && facts < GROUP_FACTS
                        && (group.size() < MIN_GROUP_FILES || reading.isReady(from))) {
                    Arrival arrival = reading.take(from++);
                    group.add(arrival);
                    facts += arrival.parsed() == null ? 0 : arrival.parsed().facts().size();
                }
                done = record(group, recent, places, outcomes, done, files.size());
            }
            finished = true;
        }
        finally {
            recordPlaces(places, finished);
        }
        return new IntakeResult(outcomes);
    }

    /**
     * Records where the last moved files went. After a failure the places of the files moved before it are still
     * kept when the database allows; a run that lost its lock writes nothing, and the next run finds the moved
     * files by their fingerprints.
     */
    private void recordPlaces(Map<Long, String> places, boolean finished) {
        if (places.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(tx -> {
                lock.verifyHeld();
                submissions.recordStoredAs(places);
            });
        }
        catch (RuntimeException e) {
            if (finished) {
                throw e;
            }
            log.warn("Where {} moved files went could not be recorded after the failure; the next run finds them: {}",
                    places.size(), e.getMessage());
        }
    }

    /** At most this many files share one transaction and one look-up of fingerprints and recent facts. */
    private static final int GROUP_FILES = 128;
    /** ... and at least this many, when there are, however few are read yet: a commit a file would cost more. */
    private static final int MIN_GROUP_FILES = 16;
    /** ... and at most about this many facts, so a register is not held with others. */
    private static final int GROUP_FACTS = 20_000;

    /** Reads a file without touching the database or the folders: safe to run ahead on another thread. */
    private Arrival read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            // When the file landed in the drop folder: what the reporting deadline is judged by.
            OffsetDateTime arrivedAt = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant()
                    .atZone(clock.getZone()).toOffsetDateTime();
            if (DropFolder.isLink(file)) {
                return new Arrival(file, fileName, arrivedAt, DropFolder.fingerprint(file), SubmittedFile.link(fileName),
                        false);
            }
            String sha256;
            try {
                sha256 = Sha256.of(file);
            }
            catch (NoSuchFileException e) {
                throw e;
            }
            catch (IOException e) {
                // One file the program may not read is rejected with its reason; the others are taken in.
                return new Arrival(file, fileName, arrivedAt, Sha256.ofText("unreadable:" + fileName + ":" + arrivedAt),
                        SubmittedFile.unreadable(fileName, e.toString()), false);
            }
            return new Arrival(file, fileName, arrivedAt, sha256, SubmittedFile.parse(parser, file), false);
        }
        catch (NoSuchFileException e) {
            return new Arrival(file, fileName, null, null, null, true);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not take in " + file, e);
        }
    }

    /**
     * Records a group's files in one transaction (with where the files of the group before went), then moves
     * them. A run stopped in between leaves records with no stored place, which the next run finishes.
     */
    private int record(List<Arrival> group, RecentFacts recent, Map<Long, String> places, List<FileOutcome> outcomes,
            int done, int total) {
        List<Arrival> present = new ArrayList<>();
        for (Arrival arrival : group) {
            if (arrival.vanished()) {
                log.warn("{} disappeared before it could be taken in; nothing recorded",
                        ForeignText.forLog(arrival.fileName()));
            }
            else {
                present.add(arrival);
            }
        }
        List<Recorded> recorded = present.isEmpty() ? List.of() : recorder.record(present, recent, places);
        PausePoints.reach("intake.recorded");
        for (Recorded file : recorded) {
            FileOutcome outcome = moves.move(file);
            if (outcome.storedAs() != null) {
                places.put(file.id(), outcome.storedAs());
            }
            outcomes.add(outcome);
        }
        // Once a group: its files are recorded together, so a bar drawn file by file would only jump the same way.
        int now = done + group.size();
        events.publishEvent(new IntakeProgress(now, total, group.get(group.size() - 1).fileName()));
        return now;
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

    /**
     * A file from the mailbox that {@code input/} refused (a permission, a name): moved into {@code rejected/}
     * under a name the folder takes, with its report; returns where it is.
     */
    public Path rejectUnplaced(Path file, String name, OffsetDateTime receivedAt, String cause) throws IOException {
        return DropFolder.reject(file, properties.rejectedDir(), receivedAt,
                SubmittedFile.unplaced(name, cause).problems(), name, name);
    }

    /** The marked-up copy intake writes beside a rejected workbook ({@code thon.xlsx} → {@code thon.loi.xlsx}). */
    public static Path markedUpCopy(Path rejected) {
        return vn.xanh.intake.internal.writer.AnnotatedCopy.pathFor(rejected);
    }
}
