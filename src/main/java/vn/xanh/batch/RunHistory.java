package vn.xanh.batch;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.xanh.system.SafeReads;

/** The last executions of the job, from Spring Batch's own records. */
@Component
public class RunHistory {

    /**
     * One execution as {@code xanh status} lists it.
     *
     * @param recoveredFrom the state an interrupted execution was found in before a later run recovered
     *        it (STARTED, UNKNOWN…), or null
     */
    public record Entry(LocalDate date, long run, RunMode mode, BatchStatus status, LocalDateTime started,
            Duration duration, BatchStatus recoveredFrom) {
    }

    private final JobRepository jobRepository;

    public RunHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    public List<Entry> latest(int count) {
        return SafeReads.read(() -> read(count));
    }

    private List<Entry> read(int count) {
        List<Entry> entries = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(JobKeys.JOB, 0, count)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                var parameters = execution.getJobParameters();
                LocalDateTime start = execution.getStartTime();
                LocalDateTime end = execution.getEndTime();
                entries.add(new Entry(parameters.getLocalDate(JobKeys.DATE), parameters.getLong(JobKeys.RUN, 0L),
                        RunMode.valueOf(parameters.getString(JobKeys.MODE, RunMode.NIGHTLY.name())),
                        execution.getStatus(), start, start == null || end == null ? null : Duration.between(start, end),
                        recoveredFrom(execution)));
            }
        }
        entries.sort(Comparator.comparing(Entry::started, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries.subList(0, Math.min(count, entries.size()));
    }

    private static BatchStatus recoveredFrom(JobExecution execution) {
        var exit = execution.getExitStatus();
        return InterruptedRuns.RECOVERED.equals(exit.getExitCode()) ? BatchStatus.valueOf(exit.getExitDescription())
                : null;
    }
}
