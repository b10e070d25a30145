package vn.xanh.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.mailbox.MailboxCycle;
import vn.xanh.outbox.OutboxSender;

/**
 * Runs the nightly job on the schedule of {@code jobs/schedule.yml} for as long as {@code xanh serve}
 * stays up; a run the machine missed while it was off is run at start-up; between runs, digests the
 * SMTP server refused are retried as their delay comes due. A night that failed (the database away,
 * the disk full, another run holding the lock) is tried again after {@code xanh.serve.retry-delay},
 * doubling up to two hours, so the machine gets past a passing fault without anyone typing a command.
 */
@Component
public class NightlyScheduler {

    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);
    private static final Duration OUTBOX_POLL = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY_DELAY = Duration.ofHours(2);
    private static final int RETRIES = 10;

    private final NightlyRunner runner;
    private final RunHistory history;
    private final OutboxSender outbox;
    private final Catalog catalog;
    private final Clock clock;
    private final MailboxCycle mailbox;
    private final Duration retryDelay;

    public NightlyScheduler(NightlyRunner runner, RunHistory history, OutboxSender outbox, Catalog catalog,
            Clock clock, MailboxCycle mailbox, @Value("${xanh.serve.retry-delay:10m}") Duration retryDelay) {
        this.mailbox = mailbox;
        this.retryDelay = retryDelay;
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
        missedRun().ifPresent(date -> scheduler.execute(() -> runFor(scheduler, date,
                "missed while the machine was off", 0)));
        scheduler.schedule(() -> runFor(scheduler, LocalDate.now(clock.withZone(zone())), "scheduled", 0),
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

    private void runFor(ThreadPoolTaskScheduler scheduler, LocalDate date, String why, int retries) {
        log.info("Nightly run for {} ({})", date, why);
        boolean completed = false;
        try {
            RunOutcome outcome = runner.run(date, RunMode.NIGHTLY);
            completed = outcome.completed();
            log.info("Nightly run for {} ended {}: {} accepted, {} rejected, digest {}", date, outcome.status(),
                    outcome.accepted(), outcome.rejected(), outcome.delivery());
        }
        catch (Exception e) {
            log.error("Nightly run for {} failed", date, e);
        }
        if (!completed && retries < RETRIES) {
            Duration delay = retryDelay.multipliedBy(1L << Math.min(retries, 16));
            Duration wait = delay.compareTo(LONGEST_RETRY_DELAY) > 0 ? LONGEST_RETRY_DELAY : delay;
            log.warn("Nightly run for {} will be tried again, where it stopped, in {}", date, wait);
            scheduler.schedule(() -> runFor(scheduler, date, "retry " + (retries + 1), retries + 1),
                    Instant.now().plus(wait));
        }
    }

    private ZoneId zone() {
        return catalog.schedule().timeZone();
    }
}
