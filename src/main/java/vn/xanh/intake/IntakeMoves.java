package vn.xanh.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import vn.xanh.intake.internal.DropFolder;
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

    /** Moves a file whose record committed. */
    FileOutcome move(Recorded file) {
        try {
            return finish(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not move " + file.file(), e);
        }
    }

    /**
     * A file moved into {@code processed/} or {@code rejected/} whose new place could not be recorded
     * (the database went away between the move and that commit) is found there by its fingerprint, and
     * its place recorded now, so the record no longer looks unfinished.
     */
    void recordMovesCutShort() {
        for (Submission unmoved : submissions.unmoved()) {
            String name = unmoved.fileName();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            for (Path folder : List.of(properties.processedDir(), properties.rejectedDir(), properties.heldDir())) {
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

    private FileOutcome finish(Recorded file) throws IOException {
        String fileName = file.file().getFileName().toString();
        ParsedWorkbook parsed = file.parsed();
        Path stored = file.status() == SubmissionStatus.REJECTED
                ? DropFolder.reject(file.file(), properties.rejectedDir(), file.receivedAt(), file.problems())
                : DropFolder.moveInto(file.file(), file.status() == SubmissionStatus.HELD ? properties.heldDir()
                        : properties.processedDir());
        log.info("{} -> {} ({})", fileName, file.status(), stored);
        return new FileOutcome(fileName, file.status(), parsed == null || parsed.template() == null ? null
                : parsed.template().id(), parsed == null || parsed.unit() == null ? null : parsed.unit().name(),
                parsed == null ? null : parsed.period(), parsed == null ? 0 : parsed.facts().size(), file.problems(),
                stored.toString());
    }
}
