package vn.xanh.intake;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.ClosedMonths;
import vn.xanh.facts.Problem;
import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.internal.folder.DropFolder;
import vn.xanh.intake.internal.folder.Sha256;

/**
 * What intake would do with the files, without recording, moving or changing anything: for
 * {@code xanh intake --dry-run}.
 */
@Service
public class IntakePreview {

    private static final Logger log = LoggerFactory.getLogger(IntakePreview.class);

    private final WorkbookParser parser;
    private final IntakeRecorder recorder;
    private final SubmissionRepository submissions;
    private final Holds holds;
    private final Clock clock;

    IntakePreview(WorkbookParser parser, IntakeRecorder recorder, SubmissionRepository submissions, Catalog catalog,
            ClosedMonths closedMonths, Clock clock) {
        this.parser = parser;
        this.recorder = recorder;
        this.submissions = submissions;
        this.holds = new Holds(catalog, closedMonths);
        this.clock = clock;
    }

    public IntakeResult preview(List<Path> files) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            try {
                if (DropFolder.isLink(file)) {
                    // What a link points to is never read, in a preview either.
                    outcomes.add(new FileOutcome(fileName, SubmissionStatus.REJECTED, null, null, null, 0,
                            SubmittedFile.link(fileName).problems(), null));
                    continue;
                }
                Optional<Submission> counted = submissions.findCountedBySha256(Sha256.of(file));
                if (counted.isPresent()) {
                    outcomes.add(new FileOutcome(fileName, SubmissionStatus.DUPLICATE, counted.get().templateId(), null,
                            counted.get().period(), 0, List.of(), null));
                    continue;
                }
                // Read and checked, with doubts about its numbers against the unit's earlier months.
                ParsedWorkbook parsed = recorder.withDoubts(SubmittedFile.parse(parser, file), null);
                // Held as a file dropped into input/ now would be: for a month already closed.
                String held = parsed.accepted() ? holds.reason(parsed, null, OffsetDateTime.now(clock)) : null;
                List<Problem> problems = new ArrayList<>(parsed.problems());
                if (held != null) {
                    problems.add(Problem.warning(null, null, null, "Sẽ được giữ lại chờ cán bộ xã xác nhận: " + held
                            + "."));
                }
                outcomes.add(new FileOutcome(fileName, !parsed.accepted() ? SubmissionStatus.REJECTED
                        : held != null ? SubmissionStatus.HELD : SubmissionStatus.ACCEPTED,
                        parsed.template() == null ? null : parsed.template().id(),
                        parsed.unit() == null ? null : parsed.unit().name(), parsed.period(), parsed.facts().size(),
                        problems, null));
            }
            catch (NoSuchFileException e) {
                log.warn("{} disappeared before it could be read", vn.xanh.system.ForeignText.forLog(fileName));
            }
            catch (IOException e) {
                outcomes.add(new FileOutcome(fileName, SubmissionStatus.REJECTED, null, null, null, 0,
                        SubmittedFile.unreadable(fileName, e.toString()).problems(), null));
            }
        }
        return new IntakeResult(outcomes);
    }
}
