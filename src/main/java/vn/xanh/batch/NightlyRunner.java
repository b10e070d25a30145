package vn.xanh.batch;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.xanh.digest.Dispatch;
import vn.xanh.facts.AsKnown;
import vn.xanh.system.RunLock;
import vn.xanh.system.SafeReads;

/**
 * Starts the job for a date the way an unattended machine needs: a run that crashed, failed, stopped or
 * was left in any state by a database that went away is recovered and restarted where it stopped; a completed one is followed by a new run number, since a
 * job instance is identified by its date, mode and run number, never by an incrementer.
 */
@Component
public class NightlyRunner {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final RunLock lock;
    private final InterruptedRuns interrupted;

    public NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, RunLock lock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.lock = lock;
        this.interrupted = new InterruptedRuns(jobRepository);
    }

    /**
     * Runs the job for the date, holding the run lock so no other process runs at the same time: a nightly
     * run sends its digest if new, a rerun only writes the digest's files.
     */
    public RunOutcome run(LocalDate date, RunMode mode) throws Exception {
        return run(date, mode, mode == RunMode.NIGHTLY ? Dispatch.SEND_NEW : Dispatch.FILES_ONLY);
    }

    /** The same, asking the digest for what the caller names (a rerun that resends it). */
    public RunOutcome run(LocalDate date, RunMode mode, Dispatch dispatch) throws Exception {
        return lock.callExclusively(() -> runHoldingTheLock(date, mode, dispatch, null));
    }

    /**
     * Recomputes the date from only the submissions its own nightly run counted (the last one that
     * completed), so that its output is the one that run wrote, whatever arrived since.
     *
     * @throws NoRecordedRun when no completed nightly run of the date recorded what it counted
     */
    public RunOutcome rerunAsKnown(LocalDate date, Dispatch dispatch) throws Exception {
        return lock.callExclusively(() -> runHoldingTheLock(date, RunMode.RERUN, dispatch,
                countedByNightlyRun(date).orElseThrow(() -> new NoRecordedRun(date))));
    }

    /** No completed nightly run of the date says what it counted (none ran, or it ran before this was kept). */
    public static class NoRecordedRun extends RuntimeException {

        NoRecordedRun(LocalDate date) {
            super("No completed nightly run of " + date + " recorded what it counted");
        }
    }

    private Optional<AsKnown> countedByNightlyRun(LocalDate date) {
        for (long run = lastRun(date, RunMode.NIGHTLY); run > 0; run--) {
            JobInstance instance = jobRepository.getJobInstance(JobKeys.JOB, parameters(date, RunMode.NIGHTLY, run));
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED
                    && last.getExecutionContext().containsKey(JobKeys.COUNTED_UP_TO)) {
                // A run made before decisions were kept knew of none.
                return Optional.of(AsKnown.upTo(last.getExecutionContext().getLong(JobKeys.COUNTED_UP_TO),
                        last.getExecutionContext().getLong(JobKeys.COUNTED_DECIDED_UP_TO, 0L)));
            }
        }
        return Optional.empty();
    }

    private RunOutcome runHoldingTheLock(LocalDate date, RunMode mode, Dispatch dispatch, AsKnown known)
            throws Exception {
        Long knownUpTo = known == null ? null : known.lastSubmission();
        Long knownDecided = known == null ? null : known.lastDecision();
        long run = SafeReads.read(() -> lastRun(date, mode));
        JobExecution execution = null;
        if (run > 0) {
            long latest = run;
            JobInstance instance = SafeReads.read(() -> jobRepository.getJobInstance(JobKeys.JOB,
                    parameters(date, mode, latest)));
            interrupted.recover(instance);
            JobExecution last = SafeReads.read(() -> jobRepository.getLastJobExecution(instance));
            // A stopped rerun restarts only if it was asked for the same knowledge; otherwise a new run begins.
            if (last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED
                    && Objects.equals(last.getJobParameters().getLong(JobKeys.KNOWN_UP_TO), knownUpTo)
                    && Objects.equals(last.getJobParameters().getLong(JobKeys.KNOWN_DECIDED_UP_TO), knownDecided)) {
                log.info("Restarting run {} of {} where it stopped", run, date);
                execution = jobOperator.restart(last);
            }
        }
        if (execution == null) {
            run++;
            log.info("Starting run {} of {} ({})", run, date, mode);
            JobParametersBuilder parameters = new JobParametersBuilder(parameters(date, mode, run))
                    .addString(JobKeys.DISPATCH, dispatch.name(), false);
            if (knownUpTo != null) {
                parameters.addLong(JobKeys.KNOWN_UP_TO, knownUpTo, false);
                parameters.addLong(JobKeys.KNOWN_DECIDED_UP_TO, knownDecided, false);
            }
            execution = jobOperator.start(nightlyJob, parameters.toJobParameters());
        }
        return RunOutcome.of(execution, date, run);
    }

    /** The highest run number already used for this date and mode, 0 if none. */
    private long lastRun(LocalDate date, RunMode mode) {
        long run = 0;
        while (jobRepository.getJobInstance(JobKeys.JOB, parameters(date, mode, run + 1)) != null) {
            run++;
        }
        return run;
    }

    static JobParameters parameters(LocalDate date, RunMode mode, long run) {
        return new JobParametersBuilder().addLocalDate(JobKeys.DATE, date).addString(JobKeys.MODE, mode.name())
                .addLong(JobKeys.RUN, run).toJobParameters();
    }
}
