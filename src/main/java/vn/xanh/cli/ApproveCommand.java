package vn.xanh.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.xanh.facts.HeldRepository.Held;
import vn.xanh.intake.HeldDecisions;
import vn.xanh.system.RunLock;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "approve", description = "Xác nhận một báo cáo đang chờ (xem xanh held): số liệu của nó được tính từ lần chạy sau.")
class ApproveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SỐ", description = "Số của báo cáo chờ xác nhận, như xanh held ghi (12 hoặc #12).")
    String number;

    @Option(names = "--note", paramLabel = "GHI CHÚ", description = "Vì sao xác nhận (được ghi vào nhật ký thay đổi).")
    String note;

    private final HeldDecisions decisions;
    private final RunLock lock;

    ApproveCommand(HeldDecisions decisions, RunLock lock) {
        this.decisions = decisions;
        this.lock = lock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long id = HeldNumbers.parse(spec.commandLine(), number);
        String who = Decider.here();
        Held approved;
        try {
            approved = lock.callExclusively(() -> decisions.approve(id, who, note));
        }
        catch (HeldDecisions.NotHeld e) {
            throw new UsageProblem(spec.commandLine(), e.getMessage());
        }
        out.println("Đã xác nhận báo cáo #" + id + " (" + approved.fileName() + "): số liệu được tính từ lần chạy sau."
                + " Người xác nhận: " + who + ".");
        return ExitCodes.DONE;
    }
}
