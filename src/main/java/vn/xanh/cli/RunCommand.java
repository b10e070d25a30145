package vn.xanh.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "run", description = "Chạy ngay việc tổng hợp hằng đêm: nhận tệp, tính chỉ tiêu, lập báo cáo, gửi bản tin.")
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--date", converter = DateConverter.class, paramLabel = "NGÀY",
            description = "Ngày tổng hợp (mặc định: hôm nay), ví dụ 2026-11-28 hoặc 28/11/2026.")
    LocalDate date;

    private final NightlyRunner runner;
    private final RunReporter reporter;
    private final Clock clock;

    RunCommand(NightlyRunner runner, RunReporter reporter, Clock clock) {
        this.runner = runner;
        this.reporter = reporter;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate asOf = date != null ? date : LocalDate.now(clock);
        return reporter.report(runner.run(asOf, RunMode.NIGHTLY), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
