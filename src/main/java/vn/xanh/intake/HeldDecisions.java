package vn.xanh.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.facts.ClosedMonths;
import vn.xanh.facts.HeldRepository.Held;
import vn.xanh.facts.HeldRepository;
import vn.xanh.facts.Problem;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.internal.folder.DropFolder;
import vn.xanh.system.XanhProperties;

/**
 * A clerk's decision on a held report: approved, it counts from the next run and its file joins the
 * processed ones; refused, its file goes to {@code rejected/} with the reason in its {@code .loi.txt}.
 */
@Service
public class HeldDecisions {

    private static final Logger log = LoggerFactory.getLogger(HeldDecisions.class);

    /** Why a decision cannot be made, in Vietnamese for the clerk. */
    public static final class NotHeld extends RuntimeException {

        NotHeld(String message) {
            super(message);
        }
    }

    private final HeldRepository held;
    private final ClosedMonths closedMonths;
    private final XanhProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    HeldDecisions(HeldRepository held, ClosedMonths closedMonths, XanhProperties properties, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.held = held;
        this.closedMonths = closedMonths;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public List<Held> waiting() {
        return held.waiting();
    }

    /** Approves the held submission; returns it. */
    public Held approve(long id, String decidedBy, String note) throws IOException {
        Held submission = waitingOne(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean closed = closedMonths.closed(submission.period(), now);
        transaction.executeWithoutResult(tx -> held.approve(submission, decidedBy, now, note, closed));
        if (submission.storedAs() != null && Files.exists(Path.of(submission.storedAs()))) {
            Path moved = DropFolder.moveInto(Path.of(submission.storedAs()), properties.processedDir());
            transaction.executeWithoutResult(tx -> held.moved(id, moved.toString()));
        }
        log.info("Held submission {} ({}) approved by {}", id, submission.fileName(), decidedBy);
        return submission;
    }

    /** Refuses the held submission: its file to {@code rejected/}, the reason beside it; returns it. */
    public Held refuse(long id, String decidedBy, String reason) throws IOException {
        Held submission = waitingOne(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String storedAs = submission.storedAs();
        if (storedAs != null && Files.exists(Path.of(storedAs))) {
            storedAs = DropFolder.reject(Path.of(storedAs), properties.rejectedDir(), now, List.of(Problem.fileError(
                    "Cán bộ xã không nhận báo cáo này: " + reason.strip()))).toString();
        }
        String stored = storedAs;
        transaction.executeWithoutResult(tx -> held.refuse(submission, decidedBy, now, reason.strip(), stored));
        log.info("Held submission {} ({}) refused by {}", id, submission.fileName(), decidedBy);
        return submission;
    }

    private Held waitingOne(long id) {
        Held submission = held.find(id).orElseThrow(() -> new NotHeld("Không có báo cáo chờ xác nhận số #" + id
                + ". Xem danh sách bằng lệnh: xanh held"));
        if (submission.status() != SubmissionStatus.HELD) {
            throw new NotHeld("Báo cáo #" + id + " (" + submission.fileName() + ") đã được quyết định trước đó.");
        }
        return submission;
    }
}
