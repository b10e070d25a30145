package vn.xanh.batch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.xanh.outbox.Delivery;
import vn.xanh.system.RunLock;

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
                execution.getAllFailureExceptions().stream().map(RunOutcome::describe).toList());
    }

    /**
     * A lost lock and a full disk are said in Vietnamese for the clerk, who can act on them; anything
     * else as it is, for whoever reads the log.
     */
    private static String describe(Throwable failure) {
        if (failure instanceof RunLock.LostException lost) {
            return lost.getMessage();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && DiskFull.is(io)) {
                return DiskFull.message(io);
            }
        }
        return failure.toString();
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }
}
