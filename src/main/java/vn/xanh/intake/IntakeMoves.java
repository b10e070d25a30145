package vn.xanh.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.IntakeRecorder.Recorded;
import vn.xanh.intake.internal.folder.DropFolder;
import vn.xanh.system.ForeignText;
import vn.xanh.system.XanhProperties;

/**
 * Moves each recorded file to {@code processed/} or {@code rejected/} (with its report), and finds again the
 * files a stopped run moved without recording where.
 */
@Component
class IntakeMoves {

    private static final Logger log = LoggerFactory.getLogger(IntakeMoves.class);

    private final SubmissionRepository submissions;
    private final XanhProperties properties;
    private final TransactionTemplate transaction;

    IntakeMoves(SubmissionRepository submissions, XanhProperties properties,
            PlatformTransactionManager transactionManager) {
        this.submissions = submissions;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Moves a file whose record committed. A file that cannot be placed under its own name (a name the folder
     * refuses, a permission) is placed under a plain one; one that cannot leave {@code input/} at all stays there
     * for the next run, and the run goes on. Only a full disk ends the run.
     */
    FileOutcome move(Recorded file) {
        try {
            return finish(file, null);
        }
        catch (IOException e) {
            if (diskFull(e)) {
                throw new UncheckedIOException("Could not move " + file.file(), e);
            }
            log.warn("{} could not be placed under its own name ({}); placing it under a plain one",
                    ForeignText.forLog(file.file().getFileName()), ForeignText.forLog(e));
        }
        try {
            return finish(file, plainName(file));
        }
        catch (IOException e) {
            if (diskFull(e)) {
                throw new UncheckedIOException("Could not move " + file.file(), e);
            }
            log.error("{} could not be moved out of the drop folder; recorded as {}, the next run tries again: {}",
                    ForeignText.forLog(file.file()), file.status(), ForeignText.forLog(e));
            return outcome(file, null);
        }
    }

    /** "tep-12.xlsx": the record's number and the extension, a name any folder takes. */
    private static String plainName(Recorded file) {
        String name = file.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        return "tep-" + file.id() + ForeignText.clean(extension).replaceAll("[^.A-Za-z0-9]", "");
    }

    /** The operating system's "no space left on device": a fault of the machine, not of one file. */
    private static boolean diskFull(IOException e) {
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return text != null && text.contains("No space left on device");
    }

    /**
     * A file moved into {@code processed/} or {@code rejected/} whose new place could not be recorded
     * (the database went away between the move and that commit) is found there by its fingerprint, and
     * its place recorded now, so the record no longer looks unfinished.
     */
    void recordMovesCutShort() {
        for (Submission unmoved : submissions.unmoved()) {
            String name = unmoved.fileName();
            // Moved under its name as the folder took it (cut to the bytes allowed), or under a plain one.
            String fitted = ForeignText.fitName(name);
            int dot = fitted.lastIndexOf('.');
            String stem = dot > 0 ? fitted.substring(0, dot) : fitted;
            for (Path folder : List.of(properties.processedDir(), properties.rejectedDir(), properties.heldDir())) {
                Optional<Path> moved = DropFolder.withSameBytes(folder, stem, unmoved.sha256())
                        .or(() -> DropFolder.withSameBytes(folder, "tep-" + unmoved.id(), unmoved.sha256()))
                        .filter(file -> !submissions.isStoredAt(file.toString()));
                if (moved.isPresent()) {
                    transaction.executeWithoutResult(tx -> submissions.recordStoredAs(unmoved.id(),
                            moved.get().toString()));
                    log.info("{} had been moved to {} before its record was finished; recorded now",
                            ForeignText.forLog(name), ForeignText.forLog(moved.get()));
                    break;
                }
            }
        }
    }

    /** Moves the file under its own name, or under {@code name} when given. */
    private FileOutcome finish(Recorded file, String name) throws IOException {
        Path stored = file.status() == SubmissionStatus.REJECTED
                ? DropFolder.reject(file.file(), properties.rejectedDir(), file.receivedAt(), file.problems(), null,
                        name)
                : DropFolder.moveInto(file.file(), file.status() == SubmissionStatus.HELD ? properties.heldDir()
                        : properties.processedDir(), name);
        log.info("{} -> {} ({})", ForeignText.forLog(file.file().getFileName()), file.status(),
                ForeignText.forLog(stored));
        return outcome(file, stored.toString());
    }

    private static FileOutcome outcome(Recorded file, String storedAs) {
        String fileName = file.file().getFileName().toString();
        ParsedWorkbook parsed = file.parsed();
        return new FileOutcome(fileName, file.status(), parsed == null || parsed.template() == null ? null
                : parsed.template().id(), parsed == null || parsed.unit() == null ? null : parsed.unit().name(),
                parsed == null ? null : parsed.period(), parsed == null ? 0 : parsed.facts().size(), file.problems(),
                storedAs);
    }
}
