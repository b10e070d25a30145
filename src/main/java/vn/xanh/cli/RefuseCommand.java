package vn.xanh.cli;

import java.io.PrintWriter;
import java.util.Optional;
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
import vn.xanh.mailbox.RefusalNotices;
import vn.xanh.system.RunLock;
import vn.xanh.system.XanhProperties;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "refuse", description = "Không nhận một báo cáo đang chờ (xem xanh held): tệp chuyển vào input/rejected kèm lý do;"
                + " đơn vị gửi (nếu là địa chỉ của một đơn vị) được báo qua thư.")
class RefuseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SỐ", description = "Số của báo cáo chờ xác nhận, như xanh held ghi (12 hoặc #12).")
    String number;

    @Option(names = "--reason", paramLabel = "LÝ DO", required = true, description = "Vì sao không nhận (bắt buộc).")
    String reason;

    private final HeldDecisions decisions;
    private final RefusalNotices notices;
    private final RunLock lock;
    private final XanhProperties properties;

    RefuseCommand(HeldDecisions decisions, RefusalNotices notices, RunLock lock, XanhProperties properties) {
        this.decisions = decisions;
        this.notices = notices;
        this.lock = lock;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long id = HeldNumbers.parse(spec.commandLine(), number);
        if (reason == null || reason.isBlank()) {
            throw new UsageProblem(spec.commandLine(), "Hãy ghi lý do không nhận: --reason \"…\".");
        }
        String who = Decider.here();
        Held refused;
        try {
            refused = lock.callExclusively(() -> decisions.refuse(id, who, reason));
        }
        catch (HeldDecisions.NotHeld e) {
            throw new UsageProblem(spec.commandLine(), e.getMessage());
        }
        out.println("Đã không nhận báo cáo #" + id + " (" + refused.fileName() + "); tệp đã chuyển vào "
                + properties.rejectedDir() + ". Người quyết định: " + who + ".");
        Optional<String> told = notices.tell(refused, reason);
        out.println(told.map(address -> "Đã gửi thư báo lý do cho đơn vị (" + address + ").")
                .orElse("Không gửi thư: người gửi không phải địa chỉ của đơn vị nào."));
        return ExitCodes.DONE;
    }
}
