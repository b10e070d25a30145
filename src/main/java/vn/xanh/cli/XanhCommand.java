package vn.xanh.cli;

import picocli.CommandLine.Command;
import vn.xanh.cli.bench.BenchCommand;

/** {@code xanh}: the nightly pipeline of the commune's green-transformation targets. */
@Command(name = "xanh", synopsisSubcommandLabel = "LỆNH", commandListHeading = "%nLệnh:%n", descriptionHeading = "%n",
        description = "Tổng hợp báo cáo chuyển đổi xanh của xã: nhận tệp Excel, tính các chỉ tiêu, gửi bản tin.",
        subcommands = {RunCommand.class, RerunCommand.class, IntakeCommand.class, StatusCommand.class,
                DemoCommand.class, ServeCommand.class, ReprocessCommand.class,
                TemplatesCommand.class, ReportCommand.class, BenchCommand.class, HeldCommand.class,
                ApproveCommand.class, RefuseCommand.class, AuditCommand.class})
class XanhCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getErr().println("Hãy chọn một lệnh, ví dụ: xanh run");
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new UsageProblem(spec.commandLine(), "Thiếu tên lệnh.");
    }
}
