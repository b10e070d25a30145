package vn.xanh.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.xanh.digest.Dispatch;

/** The digest step's ask, from a run's parameters, including a run started before the ask was named. */
class DispatchParametersTests {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    @Test
    void aNamedAskIsTakenAsItIs() {
        // given
        JobParameters resend = new JobParametersBuilder(NightlyRunner.parameters(DATE, RunMode.RERUN, 1))
                .addString(JobKeys.DISPATCH, Dispatch.RESEND.name(), false).toJobParameters();

        // when / then
        assertThat(NightlyJobConfiguration.dispatch(resend, RunMode.RERUN)).isEqualTo(Dispatch.RESEND);
    }

    @Test
    void aRunStartedBeforeKeptOnlyWhetherToResend() {
        // given: the parameters such a run was started with
        JobParameters nightly = legacy(RunMode.NIGHTLY, false);
        JobParameters rerun = legacy(RunMode.RERUN, false);
        JobParameters resend = legacy(RunMode.RERUN, true);

        // when / then: a nightly run sends what is new, a rerun writes files, a resend sends again
        assertThat(NightlyJobConfiguration.dispatch(nightly, RunMode.NIGHTLY)).isEqualTo(Dispatch.SEND_NEW);
        assertThat(NightlyJobConfiguration.dispatch(rerun, RunMode.RERUN)).isEqualTo(Dispatch.FILES_ONLY);
        assertThat(NightlyJobConfiguration.dispatch(resend, RunMode.RERUN)).isEqualTo(Dispatch.RESEND);
    }

    private static JobParameters legacy(RunMode mode, boolean resend) {
        return new JobParametersBuilder(NightlyRunner.parameters(DATE, mode, 1))
                .addString(JobKeys.RESEND, Boolean.toString(resend), false).toJobParameters();
    }
}
