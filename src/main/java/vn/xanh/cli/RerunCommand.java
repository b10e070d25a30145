package vn.xanh.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import vn.xanh.batch.RunOutcome;
import vn.xanh.digest.Dispatch;
import vn.xanh.system.Vietnamese;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "rerun", description = "Tính lại chỉ tiêu, báo cáo và bản tin của một ngày (hoặc từng ngày của một khoảng) từ số"
                + " liệu đã lưu, không nhận tệp mới.")
class RerunCommand implements Callable<Integer> {

    private static final long LONGEST_RANGE_DAYS = 5 * 366;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", converter = DateConverter.class, paramLabel = "NGÀY",
            description = "Ngày cần tính lại, ví dụ 2026-10-31.")
    LocalDate date;

    @Option(names = "--from", converter = DateConverter.class, paramLabel = "NGÀY",
            description = "Ngày đầu của khoảng cần tính lại (cùng với --to).")
    LocalDate from;

    @Option(names = "--to", converter = DateConverter.class, paramLabel = "NGÀY",
            description = "Ngày cuối của khoảng cần tính lại (cùng với --from).")
    LocalDate to;

    @Option(names = "--resend", description = "Gửi lại bản tin của ngày này qua thư điện tử.")
    boolean resend;

    @Option(names = "--as-known", description = "Chỉ dùng số liệu đã nhận đến lần chạy hằng đêm của ngày đó, để"
            + " ra đúng kết quả hôm ấy (mặc định: dùng mọi số liệu đang lưu, kể cả tệp đến muộn).")
    boolean asKnown;

    private final NightlyRunner runner;
    private final RunReporter reporter;

    RerunCommand(NightlyRunner runner, RunReporter reporter) {
        this.runner = runner;
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws Exception {
        if (date != null && from == null && to == null) {
            return reporter.report(asKnown ? asKnown(date) : runner.run(date, RunMode.RERUN, dispatch()),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        validateRange();
        PrintWriter out = spec.commandLine().getOut();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int done = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            RunOutcome outcome = runner.run(day, RunMode.RERUN);
            if (!outcome.completed()) {
                return reporter.report(outcome, out, spec.commandLine().getErr());
            }
            out.println("[" + (++done) + "/" + days + "] đã tính lại ngày " + Vietnamese.date(day) + ": "
                    + outcome.attention() + " chỉ tiêu cần chú ý.");
        }
        out.println("Đã tính lại " + days + " ngày, từ " + Vietnamese.date(from) + " đến " + Vietnamese.date(to) + ".");
        return ExitCodes.DONE;
    }

    /** A rerun writes the digest's files again; with --resend it also sends the digest again. */
    private Dispatch dispatch() {
        return resend ? Dispatch.RESEND : Dispatch.FILES_ONLY;
    }

    private RunOutcome asKnown(LocalDate day) throws Exception {
        try {
            return runner.rerunAsKnown(day, dispatch());
        }
        catch (NightlyRunner.NoRecordedRun none) {
            throw new UsageProblem(spec.commandLine(), "Không có lần chạy hằng đêm nào của ngày " + Vietnamese.date(day)
                    + " đã hoàn thành và ghi lại số liệu đã dùng, nên không thể tính lại đúng như hôm ấy. Bỏ --as-known"
                    + " để tính lại với mọi số liệu đang lưu.");
        }
    }

    private void validateRange() {
        if (date != null || from == null || to == null) {
            throw new UsageProblem(spec.commandLine(), "Hãy ghi --date NGÀY, hoặc cả --from NGÀY và"
                    + " --to NGÀY (không dùng chung với --date).");
        }
        if (to.isBefore(from)) {
            throw new UsageProblem(spec.commandLine(), "Ngày --from phải trước hoặc bằng ngày --to.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_RANGE_DAYS) {
            throw new UsageProblem(spec.commandLine(), "Mỗi lần chỉ tính lại tối đa 5 năm.");
        }
        if (resend) {
            throw new UsageProblem(spec.commandLine(), "--resend chỉ dùng với một ngày (--date).");
        }
        if (asKnown) {
            throw new UsageProblem(spec.commandLine(), "--as-known chỉ dùng với một ngày (--date).");
        }
    }
}
