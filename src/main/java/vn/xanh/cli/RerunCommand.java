package vn.xanh.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;

@Component
@Command(name = "rerun", synopsisHeading = "Cách dùng: ", optionListHeading = "%nTùy chọn:%n",
        description = "Tính lại chỉ tiêu, báo cáo và bản tin của một ngày từ số liệu đã lưu (không nhận tệp mới).")
class RerunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--date", required = true, converter = DateConverter.class, paramLabel = "NGÀY",
            description = "Ngày cần tính lại, ví dụ 2026-10-31.")
    LocalDate date;

    @Option(names = "--resend", description = "Gửi lại bản tin của ngày này qua thư điện tử.")
    boolean resend;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện hướng dẫn này.")
    boolean help;

    private final NightlyRunner runner;
    private final RunReporter reporter;

    RerunCommand(NightlyRunner runner, RunReporter reporter) {
        this.runner = runner;
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws Exception {
        return reporter.report(runner.run(date, RunMode.RERUN, resend), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
