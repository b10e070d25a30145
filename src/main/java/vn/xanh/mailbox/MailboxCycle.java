package vn.xanh.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.xanh.facts.MailRepository;
import vn.xanh.intake.IntakeService;
import vn.xanh.system.RunLock;

/**
 * What {@code xanh serve} does every few minutes between nightly runs, so that a submitter hears back
 * within minutes: fetch the mailbox, take in what it brought, answer. It holds the run lock like any
 * run; when another run holds it, this round is skipped.
 */
@Component
public class MailboxCycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxCycle.class);

    private final MailboxFetcher fetcher;
    private final IntakeService intake;
    private final MailAnswers answers;
    private final MailboxProperties settings;
    private final MailRepository mail;
    private final RunLock lock;
    private final Clock clock;

    public MailboxCycle(MailboxFetcher fetcher, IntakeService intake, MailAnswers answers, MailboxProperties settings,
            MailRepository mail, RunLock lock, Clock clock) {
        this.mail = mail;
        this.fetcher = fetcher;
        this.intake = intake;
        this.answers = answers;
        this.settings = settings;
        this.lock = lock;
        this.clock = clock;
    }

    public boolean configured() {
        return settings.configured();
    }

    public Duration poll() {
        return settings.poll();
    }

    /** One round; never throws, so the schedule goes on. */
    public void run() {
        try {
            lock.callExclusively(() -> {
                fetcher.fetch();
                // Only the files that came by mail: what clerks drop into input/ waits for the nightly run.
                List<String> fromMail = mail.unclaimedNames();
                List<Path> ready = intake.pendingFiles().stream()
                        .filter(file -> fromMail.contains(file.getFileName().toString())).toList();
                if (!ready.isEmpty()) {
                    intake.ingest(ready);
                }
                return answers.answer(LocalDate.now(clock));
            });
        }
        catch (RunLock.BusyException e) {
            log.info("Mailbox round skipped: another run holds the lock");
        }
        catch (Exception e) {
            log.error("Mailbox round failed; the next one tries again", e);
        }
    }
}
