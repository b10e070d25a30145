package vn.xanh.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xanh.intake.BlankTemplates;
import vn.xanh.system.XanhProperties;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "templates", description = "Tạo các mẫu biểu trống cho từng đơn vị (thôn, HTX, chợ, UBND xã, các tổ chức và chi bộ)"
                + " theo jobs/, để gửi cho người báo cáo.")
class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Nơi ghi các mẫu (mặc định: output/mau-bieu).")
    Path out;

    private final BlankTemplates templates;
    private final XanhProperties properties;

    TemplatesCommand(BlankTemplates templates, XanhProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = out != null ? out : properties.outputDir().resolve("mau-bieu");
        List<Path> written = templates.write(folder);
        spec.commandLine().getOut().println("Đã tạo " + written.size() + " mẫu biểu trong " + folder.toAbsolutePath()
                + ".");
        return ExitCodes.DONE;
    }
}
