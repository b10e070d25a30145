package vn.xanh.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.xanh.catalog.Catalog;
import vn.xanh.facts.HeldRepository.Held;
import vn.xanh.intake.HeldDecisions;
import vn.xanh.system.Vietnamese;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "held", description = "Liệt kê các báo cáo đang chờ xác nhận (chưa được tính): số, lúc nhận, tệp, người gửi, đơn vị,"
                + " lý do. Quyết định bằng xanh approve SỐ hoặc xanh refuse SỐ --reason ….")
class HeldCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final HeldDecisions decisions;
    private final Catalog catalog;

    HeldCommand(HeldDecisions decisions, Catalog catalog) {
        this.decisions = decisions;
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Held> waiting = decisions.waiting();
        if (waiting.isEmpty()) {
            out.println("Không có báo cáo nào chờ xác nhận.");
        }
        for (Held held : waiting) {
            out.println(line(held, catalog));
        }
        return ExitCodes.DONE;
    }

    /** {@code #12 nhận 09:14 ngày 20/11/2026, tệp nam.xlsx, người gửi …, đơn vị Thôn Nam, tháng 10/2026: lý do …}. */
    static String line(Held held, Catalog catalog) {
        return "#" + held.id() + " nhận " + Vietnamese.dateTime(held.receivedAt()) + ", tệp " + held.fileName()
                + ", người gửi " + (held.senderEmail() == null ? "thư mục input (cán bộ xã)" : held.senderEmail())
                + ", đơn vị " + (held.unitCode() == null ? "?" : catalog.units().nameOf(held.unitCode()))
                + (held.period() == null ? "" : ", tháng " + Vietnamese.month(held.period()))
                + ". Lý do giữ lại: " + held.reason();
    }
}
