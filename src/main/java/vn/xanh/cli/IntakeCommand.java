package vn.xanh.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.xanh.facts.Problem;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.intake.FileOutcome;
import vn.xanh.intake.IntakePreview;
import vn.xanh.intake.IntakeResult;
import vn.xanh.intake.IntakeService;
import vn.xanh.system.RunLock;
import vn.xanh.system.Vietnamese;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "intake", description = "Nhận ngay các tệp trong thư mục nhận (hoặc các tệp được nêu), không tính chỉ tiêu.")
class IntakeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TỆP", arity = "0..*", description = "Các tệp cần nhận (mặc định: thư mục nhận).")
    List<Path> files;

    @Option(names = "--dry-run", description = "Chỉ đọc và kiểm tra, cho biết sẽ nhận hay trả lại tệp nào;"
            + " không ghi gì, không chuyển tệp nào.")
    boolean dryRun;

    private final IntakeService intake;
    private final IntakePreview preview;
    private final RunLock lock;

    IntakeCommand(IntakeService intake, IntakePreview preview, RunLock lock) {
        this.intake = intake;
        this.preview = preview;
        this.lock = lock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (files != null) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    spec.commandLine().getErr().println("Không tìm thấy tệp "
                            + Vietnamese.quoted(file.toString()) + ".");
                    return ExitCodes.USAGE;
                }
            }
        }
        List<Path> chosen = files == null ? intake.pendingFiles() : files;
        IntakeResult result = dryRun ? preview.preview(chosen) : lock.callExclusively(() -> intake.ingest(chosen));
        if (dryRun) {
            out.println("Chạy thử: không ghi gì, không chuyển tệp nào.");
        }
        if (result.files().isEmpty()) {
            out.println("Không có tệp nào cần nhận.");
        }
        for (FileOutcome file : result.files()) {
            out.println(switch (file.status()) {
                case ACCEPTED -> dryRun ? "SẼ NHẬN   " : "ĐÃ NHẬN   ";
                case REJECTED -> dryRun ? "SẼ TRẢ LẠI " : "TRẢ LẠI   ";
                case DUPLICATE -> "TRÙNG     ";
                case SUPERSEDED -> "THAY THẾ  ";
                case HELD -> dryRun ? "SẼ CHỜ XÁC NHẬN " : "CHỜ XÁC NHẬN ";
            } + file.fileName());
            // A held file has no errors; what it waits for is said among its notes.
            file.problems().stream().filter(problem -> problem.isError() || file.status() == SubmissionStatus.HELD)
                    .forEach(problem -> out.println("          " + problem.located()));
        }
        return ExitCodes.DONE;
    }
}
