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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.xanh.facts.Problem;
import vn.xanh.intake.FileOutcome;
import vn.xanh.intake.IntakeResult;
import vn.xanh.intake.IntakeService;
import vn.xanh.system.RunLock;
import vn.xanh.system.Vietnamese;
import vn.xanh.system.XanhProperties;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "reprocess", description = "Lấy lại một tệp đã bị trả lại (trong input/rejected) để nhận lại, ví dụ sau khi xã bổ sung tên"
                + " đơn vị vào danh sách.")
class ReprocessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TỆP", arity = "1..*", description = "Tên tệp trong thư mục input/rejected.")
    List<String> names;

    private final IntakeService intake;
    private final RunLock lock;
    private final XanhProperties properties;

    ReprocessCommand(IntakeService intake, RunLock lock, XanhProperties properties) {
        this.intake = intake;
        this.lock = lock;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (String name : names) {
            Path file = properties.rejectedDir().resolve(Path.of(name).getFileName().toString());
            if (!Files.isRegularFile(file)) {
                throw new UsageProblem(spec.commandLine(), "Không có tệp " + Vietnamese.quoted(name) + " trong "
                        + properties.rejectedDir() + ".");
            }
        }
        IntakeResult result = lock.callExclusively(() -> intake.reprocess(names));
        for (FileOutcome outcome : result.files()) {
            out.println((outcome.status() == vn.xanh.facts.SubmissionStatus.REJECTED ? "VẪN TRẢ LẠI " : "ĐÃ NHẬN     ")
                    + outcome.fileName());
            outcome.problems().stream().filter(Problem::isError).forEach(p -> out.println("            " + p.located()));
        }
        return ExitCodes.DONE;
    }
}
