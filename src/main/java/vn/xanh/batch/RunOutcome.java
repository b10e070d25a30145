package vn.xanh.batch;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.xanh.digest.Delivery;

/** How one execution of the job ended, as the command line reports it. */
public record RunOutcome(LocalDate date, long run, long executionId, BatchStatus status, long accepted, long rejected,
        long duplicates, long attention, long changed, Delivery delivery, List<String> failures) {

    static RunOutcome of(JobExecution execution, LocalDate date, long run) {
        ExecutionContext context = execution.getExecutionContext();
        String delivery = context.containsKey(JobKeys.DELIVERY) ? context.getString(JobKeys.DELIVERY) : null;
        return new RunOutcome(date, run, execution.getId(), execution.getStatus(), context.getLong(JobKeys.ACCEPTED, 0),
                context.getLong(JobKeys.REJECTED, 0), context.getLong(JobKeys.DUPLICATES, 0),
                context.getLong(JobKeys.ATTENTION, 0), context.getLong(JobKeys.CHANGED, 0),
                delivery == null ? null : Delivery.valueOf(delivery),
                execution.getAllFailureExceptions().stream().map(Throwable::toString).toList());
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }
}
