package vn.xanh.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.digest.OutboxSender;
import vn.xanh.mailbox.MailboxCycle;

/**
 * Runs the nightly job on the schedule of {@code jobs/schedule.yml} for as long as {@code xanh serve}
 * stays up; a run the machine missed while it was off is run at start-up; between runs, digests the
 * SMTP server refused are retried as their delay comes due.
 */
@Component
public class NightlyScheduler {

    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);
    private static final Duration OUTBOX_POLL = Duration.ofMinutes(1);

    private final NightlyRunner runner;
    private final RunHistory history;
    private final OutboxSender outbox;
    private final Catalog catalog;
    private final Clock clock;
    private final MailboxCycle mailbox;

    public NightlyScheduler(NightlyRunner runner, RunHistory history, OutboxSender outbox, Catalog catalog,
            Clock clock, MailboxCycle mailbox) {
        this.mailbox = mailbox;
        this.runner = runner;
        this.history = history;
        this.outbox = outbox;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Starts the schedule; the returned scheduler stops it when shut down. */
    public ThreadPoolTaskScheduler start() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("nightly-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        missedRun().ifPresent(date -> scheduler.execute(() -> runFor(date, "missed while the machine was off")));
        scheduler.schedule(() -> runFor(LocalDate.now(clock.withZone(zone())), "scheduled"),
                new CronTrigger(catalog.schedule().cron(), zone()));
        scheduler.scheduleWithFixedDelay(outbox::sendDue, OUTBOX_POLL);
        if (mailbox.configured()) {
            scheduler.scheduleWithFixedDelay(mailbox::run, mailbox.poll());
        }
        log.info("Nightly job scheduled ({} {}), next at {}", catalog.schedule().cron(), zone(),
                next(ZonedDateTime.now(clock.withZone(zone()))));
        return scheduler;
    }

    /** The date of the last scheduled time, when no nightly run has started since it. */
    Optional<LocalDate> missedRun() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone()));
        Optional<ZonedDateTime> last = lastFireBefore(now);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime lastStarted = history.latest(50).stream().filter(e -> e.mode() == RunMode.NIGHTLY)
                .map(RunHistory.Entry::started).filter(started -> started != null).findFirst().orElse(null);
        // Spring Batch records start times in the server's local time.
        boolean ranSince = lastStarted != null && !lastStarted.atZone(ZoneId.systemDefault())
                .isBefore(last.get().withZoneSameInstant(ZoneId.systemDefault()));
        return ranSince ? Optional.empty() : Optional.of(last.get().toLocalDate());
    }

    private Optional<ZonedDateTime> lastFireBefore(ZonedDateTime now) {
        CronExpression cron = CronExpression.parse(catalog.schedule().cron());
        ZonedDateTime fire = cron.next(now.minusDays(2));
        ZonedDateTime last = null;
        while (fire != null && !fire.isAfter(now)) {
            last = fire;
            fire = cron.next(fire);
        }
        return Optional.ofNullable(last);
    }

    private ZonedDateTime next(ZonedDateTime now) {
        return CronExpression.parse(catalog.schedule().cron()).next(now);
    }

    private void runFor(LocalDate date, String why) {
        log.info("Nightly run for {} ({})", date, why);
        try {
            RunOutcome outcome = runner.run(date, RunMode.NIGHTLY, false);
            log.info("Nightly run for {} ended {}: {} accepted, {} rejected, digest {}", date, outcome.status(),
                    outcome.accepted(), outcome.rejected(), outcome.delivery());
        }
        catch (Exception e) {
            log.error("Nightly run for {} failed; it will be restarted where it stopped on the next run", date, e);
        }
    }

    private ZoneId zone() {
        return catalog.schedule().timeZone();
    }
}
