package vn.xanh.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.xanh.batch.NightlyRunner;
import vn.xanh.batch.RunMode;
import vn.xanh.facts.ClosedMonths;
import vn.xanh.demo.DemoSubmissions;
import vn.xanh.system.XanhProperties;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "demo", description = "Đặt vào thư mục nhận một năm báo cáo mẫu của mọi đơn vị (có vài tệp lỗi) rồi chạy tổng hợp.")
class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final DemoSubmissions demo;
    private final NightlyRunner runner;
    private final RunReporter reporter;
    private final XanhProperties properties;
    private final Clock clock;
    private final ClosedMonths closedMonths;

    DemoCommand(DemoSubmissions demo, NightlyRunner runner, RunReporter reporter, XanhProperties properties,
            Clock clock, ClosedMonths closedMonths) {
        this.closedMonths = closedMonths;
        this.demo = demo;
        this.runner = runner;
        this.reporter = reporter;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int written = demo.write(properties.inputDir(), today).size();
        spec.commandLine().getOut().println("Đã đặt " + written + " tệp báo cáo mẫu vào "
                + properties.inputDir().toAbsolutePath() + ".");
        return reporter.report(closedMonths.loadingHistory(() -> runner.run(today, RunMode.NIGHTLY)),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
