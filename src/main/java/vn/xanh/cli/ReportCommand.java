package vn.xanh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xanh.plan.PeriodicReport;
import vn.xanh.plan.ReportPeriod;
import vn.xanh.system.RunLock;
import vn.xanh.system.Vietnamese;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "report", description = "Lập báo cáo định kỳ của Đảng ủy (tệp Word theo Hướng dẫn 36-HD/VPTW) cho một tháng, quý,"
                + " 6 tháng hoặc năm, từ số liệu đã nhận.")
class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "KỲ",
            description = "Kỳ báo cáo: tháng 2026-10, quý 2026-Q3, 6 tháng 2026-H1 hoặc năm 2026.")
    String period;

    private final PeriodicReport reports;
    private final RunLock lock;

    ReportCommand(PeriodicReport reports, RunLock lock) {
        this.reports = reports;
        this.lock = lock;
    }

    @Override
    public Integer call() throws Exception {
        ReportPeriod parsed = ReportPeriod.parse(period).orElseThrow(() -> new UsageProblem(spec.commandLine(),
                "Kỳ báo cáo " + Vietnamese.quoted(period) + " không đúng dạng. Ghi tháng 2026-10, quý 2026-Q3,"
                        + " 6 tháng 2026-H1 hoặc năm 2026."));
        // The report may compute and store the targets of the period's last day: not while a run does the same.
        Path written = lock.callExclusively(() -> reports.write(parsed));
        spec.commandLine().getOut().println("Đã lập báo cáo " + parsed.label() + ": " + written.toAbsolutePath());
        return ExitCodes.DONE;
    }
}
