package vn.xanh.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Puts the run's date and execution id on every log line while the job runs, and logs its start and end. */
class RunLogContext implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunLogContext.class);
    static final String KEY = "run";

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put(KEY, execution.getJobParameters().getLocalDate(JobKeys.DATE) + " #" + execution.getId());
        log.info("Job started ({} run {})", execution.getJobParameters().getString(JobKeys.MODE),
                execution.getJobParameters().getLong(JobKeys.RUN));
    }

    @Override
    public void afterJob(JobExecution execution) {
        log.info("Job ended: {}", execution.getStatus());
        MDC.remove(KEY);
    }
}
