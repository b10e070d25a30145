package vn.xanh.batch;

import java.time.LocalDate;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.xanh.channels.ChannelsService;
import vn.xanh.digest.DigestService;
import vn.xanh.digest.Dispatch;
import vn.xanh.facts.AsKnown;
import vn.xanh.facts.HeldRepository;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.intake.IntakeResult;
import vn.xanh.intake.IntakeService;
import vn.xanh.mailbox.MailAnswers;
import vn.xanh.mailbox.MailboxFetcher;
import vn.xanh.mailbox.Reminders;
import vn.xanh.outbox.Delivery;
import vn.xanh.plan.PeriodicReport;
import vn.xanh.report.ReportService;

/**
 * The {@code nightly} job: mailbox → intake → indicators → report → plan → channels → digest → answers, for
 * the as-of date in its parameters.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step mailboxStep, Step intakeStep, Step indicatorsStep,
            Step reportStep, Step planStep, Step channelsStep, Step digestStep, Step answersStep) {
        return new JobBuilder(JobKeys.JOB, jobRepository).listener(new RunLogContext()).start(mailboxStep)
                .next(intakeStep).next(indicatorsStep).next(reportStep).next(planStep).next(channelsStep)
                .next(digestStep).next(answersStep).build();
    }

    // mailbox: the workbooks attached to unread mail saved into input/; nothing when no mailbox is set

    @Bean
    Step mailboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MailboxFetcher mailbox) {
        return new StepBuilder("mailbox", jobRepository).tasklet((contribution, context) -> {
            if (mode(context) == RunMode.NIGHTLY) {
                contribution.incrementWriteCount(mailbox.fetch().files());
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // intake: every ready file of the drop folder, a group of files to a commit; skipped on a rerun

    @Bean
    Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, IntakeService intake) {
        return new StepBuilder("intake", jobRepository).tasklet((contribution, context) -> {
            if (mode(context) == RunMode.NIGHTLY) {
                IntakeResult result = intake.ingestDropFolder();
                result.files().forEach(file -> contribution.incrementReadCount());
                contribution.incrementWriteCount(result.count(SubmissionStatus.ACCEPTED));
                contribution.incrementFilterCount(result.count(SubmissionStatus.REJECTED)
                        + result.count(SubmissionStatus.DUPLICATE));
                ExecutionContext job = jobContext(context);
                job.putLong(JobKeys.ACCEPTED, result.count(SubmissionStatus.ACCEPTED));
                job.putLong(JobKeys.REJECTED, result.count(SubmissionStatus.REJECTED));
                job.putLong(JobKeys.DUPLICATES, result.count(SubmissionStatus.DUPLICATE));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // indicators: all twenty, as of the date, replacing that date's stored results

    @Bean
    Step indicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IndicatorService indicators, SubmissionRepository submissions, HeldRepository held) {
        return new StepBuilder("indicators", jobRepository).tasklet((contribution, context) -> {
            var previous = indicators.previous(date(context));
            AsKnown known = known(context);
            jobContext(context).putLong(JobKeys.COUNTED_UP_TO,
                    known.everything() ? submissions.lastId() : known.lastSubmission());
            jobContext(context).putLong(JobKeys.COUNTED_DECIDED_UP_TO,
                    known.everything() ? held.lastDecisionId() : known.lastDecision());
            var results = indicators.computeAndStore(date(context), known, mode(context) == RunMode.NIGHTLY
                    ? IndicatorService.StoredBy.NIGHTLY_RUN : IndicatorService.StoredBy.RERUN);
            contribution.incrementWriteCount(results.size());
            jobContext(context).putLong(JobKeys.ATTENTION, results.stream()
                    .filter(r -> r.needsAttention()).count());
            jobContext(context).putLong(JobKeys.CHANGED, results.stream()
                    .filter(r -> r.changedSince(previous).isPresent()).count());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // report: CSVs and charts into output/<date>/

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReportService reports) {
        return new StepBuilder("report", jobRepository).tasklet((contribution, context) -> {
            reports.write(date(context), known(context));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // plan: the periodic report of each period closed since the last night, written once; not on a rerun

    @Bean
    Step planStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PeriodicReport periodic) {
        return new StepBuilder("plan", jobRepository).tasklet((contribution, context) -> {
            if (mode(context) == RunMode.NIGHTLY) {
                contribution.incrementWriteCount(periodic.writeClosed(date(context)).size());
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // channels: the bulletin and pictures into output/<date>/kenh/, the public page into output/cong-khai/

    @Bean
    Step channelsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ChannelsService channels) {
        return new StepBuilder("channels", jobRepository).tasklet((contribution, context) -> {
            channels.write(date(context));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // digest: composed, stored in the outbox, then sent once (or written as .eml)

    @Bean
    Step digestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DigestService digest) {
        return new StepBuilder("digest", jobRepository).tasklet((contribution, context) -> {
            Delivery delivery = digest.deliver(date(context), dispatch(parameters(context), mode(context)),
                    known(context));
            jobContext(context).putString(JobKeys.DELIVERY, delivery.name());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // answers: each mailed file's sender told what became of it; reminders before and after the deadline

    @Bean
    Step answersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MailAnswers answers, Reminders reminders) {
        return new StepBuilder("answers", jobRepository).tasklet((contribution, context) -> {
            if (mode(context) == RunMode.NIGHTLY) {
                contribution.incrementWriteCount(answers.answer(date(context)));
                contribution.incrementWriteCount(reminders.remind(date(context)).size());
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    private static JobParameters parameters(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobParameters();
    }

    private static LocalDate date(ChunkContext context) {
        return parameters(context).getLocalDate(JobKeys.DATE);
    }

    private static RunMode mode(ChunkContext context) {
        return RunMode.valueOf(parameters(context).getString(JobKeys.MODE, RunMode.NIGHTLY.name()));
    }

    /** The run's ask of the digest; a run started before it was named kept only whether to resend. */
    static Dispatch dispatch(JobParameters parameters, RunMode mode) {
        String named = parameters.getString(JobKeys.DISPATCH);
        if (named != null) {
            return Dispatch.valueOf(named);
        }
        return Boolean.parseBoolean(parameters.getString(JobKeys.RESEND, "false")) ? Dispatch.RESEND
                : mode == RunMode.NIGHTLY ? Dispatch.SEND_NEW : Dispatch.FILES_ONLY;
    }

    private static AsKnown known(ChunkContext context) {
        Long upTo = parameters(context).getLong(JobKeys.KNOWN_UP_TO);
        Long decided = parameters(context).getLong(JobKeys.KNOWN_DECIDED_UP_TO);
        return upTo == null ? AsKnown.now() : AsKnown.upTo(upTo, decided == null ? 0 : decided);
    }

    private static ExecutionContext jobContext(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
