package vn.xanh.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.AuditRepository;
import vn.xanh.facts.AuditRepository.Step;
import vn.xanh.system.Vietnamese;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "audit", description = "In theo thứ tự thời gian mọi thay đổi của số liệu chính thức: báo cáo được tính, báo cáo sửa,"
                + " báo cáo bị giữ lại, xác nhận, không nhận; mỗi dòng có nguồn (tệp, thư, người gửi) và người quyết định.")
class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "NGÀY", converter = DateConverter.class, description = "Từ ngày này.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "NGÀY", converter = DateConverter.class, description = "Đến hết ngày này.")
    LocalDate to;

    @Option(names = "--unit", paramLabel = "ĐƠN VỊ", description = "Chỉ một đơn vị (mã hoặc tên, ví dụ \"Thôn Nam\").")
    String unit;

    private final AuditRepository audit;
    private final Catalog catalog;

    AuditCommand(AuditRepository audit, Catalog catalog) {
        this.audit = audit;
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String unitCode = unit == null ? null : unitCode(unit);
        ZoneId zone = catalog.schedule().timeZone();
        List<Step> steps = audit.steps().stream().filter(step -> {
            LocalDate day = step.at().atZoneSameInstant(zone).toLocalDate();
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))
                    && (unitCode == null || unitCode.equals(step.unitCode()));
        }).toList();
        if (steps.isEmpty()) {
            out.println("Không có thay đổi nào của số liệu chính thức trong khoảng đã chọn.");
        }
        for (Step step : steps) {
            out.println(line(step));
        }
        return ExitCodes.DONE;
    }

    private String line(Step step) {
        String what = switch (step.kind()) {
            case COUNTED -> "ĐƯỢC TÍNH";
            case CORRECTION -> "BÁO CÁO SỬA (thay #" + step.replaced() + ")";
            case HELD -> "GIỮ LẠI CHỜ XÁC NHẬN";
            case APPROVED -> "XÁC NHẬN" + (step.replaced() == null ? "" : " (thay #" + step.replaced() + ")");
            case REFUSED -> "KHÔNG NHẬN";
        };
        String source = "tệp " + step.fileName() + (step.senderEmail() == null ? ", từ thư mục input"
                : ", thư " + step.messageId() + " từ " + step.senderEmail());
        String who = step.decidedBy() == null ? "tự động (xanh)" : step.decidedBy();
        String note = step.note() == null || step.note().isBlank() ? ""
                : (step.kind() == AuditRepository.Kind.HELD ? ". Lý do: " : ". Ghi chú: ") + step.note();
        return Vietnamese.dateTime(step.at()) + " #" + step.submissionId() + " " + what + ": "
                + (step.unitCode() == null ? "?" : catalog.units().nameOf(step.unitCode()))
                + (step.period() == null ? "" : ", tháng " + Vietnamese.month(step.period()))
                + "; " + source + "; người quyết định: " + who + note;
    }

    private String unitCode(String typed) {
        return catalog.units().byCode(typed.strip().toUpperCase(java.util.Locale.ROOT)).map(Unit::code)
                .or(() -> catalog.units().units().stream()
                        .filter(u -> vn.xanh.catalog.Names.foldName(u.name()).equals(vn.xanh.catalog.Names.foldName(typed)))
                        .map(Unit::code).findFirst())
                .orElseThrow(() -> new UsageProblem(spec.commandLine(), "Không có đơn vị „" + typed
                        + "” trong danh sách đơn vị (jobs/units.yml)."));
    }
}
