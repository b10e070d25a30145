package vn.xanh.batch;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Makes a job instance restartable whatever state an interrupted process left it in. Called only while
 * holding the run lock, so an execution still marked STARTING, STARTED or STOPPING belongs to a process
 * that is gone, and one in UNKNOWN to a run whose database went away while it saved its progress.
 * <p>
 * This does what {@code JobOperator.recover} does (running steps and the execution marked FAILED with
 * an end time, through the job repository), and also for UNKNOWN, which {@code recover} refuses and
 * {@code restart} will not pass: our steps commit each file, each day's results and each outbox message
 * on their own and finish what an earlier attempt left half done, so restarting after UNKNOWN is safe.
 * Every execution of the instance is looked at, not only the last, because Batch refuses to restart an
 * instance while any of its executions looks running. The recovered execution keeps, as its exit
 * status, the status it was found in, for {@code xanh status}.
 */
class InterruptedRuns {

    /** The exit code of an execution this class recovered; its description is the status it was found in. */
    static final String RECOVERED = "RECOVERED";

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);
    private static final Set<BatchStatus> LEFT_HANGING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING, BatchStatus.UNKNOWN);

    private final JobRepository jobRepository;

    InterruptedRuns(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** Marks every execution of the instance left hanging as FAILED; returns those it marked. */
    List<JobExecution> recover(JobInstance instance) {
        List<JobExecution> recovered = jobRepository.getJobExecutions(instance).stream()
                .filter(execution -> LEFT_HANGING.contains(execution.getStatus())
                        || execution.getStepExecutions().stream().anyMatch(s -> LEFT_HANGING.contains(s.getStatus())))
                .toList();
        recovered.forEach(this::markFailed);
        return recovered;
    }

    private void markFailed(JobExecution execution) {
        BatchStatus found = execution.getStatus();
        log.warn("Execution {} of {} was left {} by an interrupted run; marking it failed so it can restart",
                execution.getId(), execution.getJobParameters().getLocalDate(JobKeys.DATE), found);
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            BatchStatus stepFound = step.getStatus();
            if (LEFT_HANGING.contains(stepFound)) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted in " + stepFound));
                if (step.getEndTime() == null) {
                    step.setEndTime(now);
                }
                jobRepository.update(step);
            }
        }
        // setStatus, not upgradeStatus: UNKNOWN ranks above FAILED and would never come down.
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(new ExitStatus(RECOVERED, found.name()));
        if (execution.getEndTime() == null) {
            execution.setEndTime(now);
        }
        jobRepository.update(execution);
    }
}
