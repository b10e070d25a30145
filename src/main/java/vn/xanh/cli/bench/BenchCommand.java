package vn.xanh.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xanh.bench.Bench;
import vn.xanh.bench.BenchDatabase;
import vn.xanh.bench.Measurement;
import vn.xanh.cli.ExitCodes;
import vn.xanh.cli.UsageProblem;
import vn.xanh.system.Vietnamese;
import vn.xanh.system.XanhProperties;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "bench", description = {"Đo tốc độ trên máy này: nhận 1.000 báo cáo nhỏ và một sổ hộ 200.000 dòng, tính chỉ tiêu trên"
                + " mười năm số liệu, thời gian khởi động; so với mức trần của máy (đọc nhanh nhất, ghi hàng loạt).",
                "Ghi bảng kết quả vào output/bench/<thời điểm>.csv. Không đụng đến số liệu thật."})
public class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Mọi phép đo ở cỡ nhỏ (vài phút).")
    boolean quick;

    @Option(names = "--only", split = ",", paramLabel = "<việc>", description = "Chỉ đo những việc này, cách nhau"
            + " bằng dấu phẩy: small-files, register, history, startup (mặc định: tất cả).")
    List<String> only = Bench.WORKLOADS;

    private final XanhProperties properties;
    private final ObjectProvider<LoggingSystem> logging;

    BenchCommand(XanhProperties properties, ObjectProvider<LoggingSystem> logging) {
        this.properties = properties;
        this.logging = logging;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> unknown = only.stream().filter(w -> !Bench.WORKLOADS.contains(w)).toList();
        if (!unknown.isEmpty()) {
            throw new UsageProblem(spec.commandLine(), "Không có việc đo "
                    + Vietnamese.quoted(String.join(", ", unknown)) + ". Các việc: " + String.join(", ", Bench.WORKLOADS)
                    + ".");
        }
        Path benchDir = properties.outputDir().resolve("bench");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        List<BenchDatabase> databases = new ArrayList<>();
        databases.add(BenchDatabase.h2(benchDir.resolve("work-" + stamp + "/h2-data")));
        BenchDatabase.postgres(System.getenv(), out::println).ifPresent(databases::add);
        LoggingSystem loggingSystem = logging.getIfAvailable();
        // A thousand files each logged at INFO would drown the progress lines.
        if (loggingSystem != null) {
            loggingSystem.setLogLevel("vn.xanh", LogLevel.WARN);
        }
        List<Measurement> measurements;
        try {
            measurements = new Bench(new BenchPipeline(), properties.jobsDir(), line -> out.println("  " + line))
                    .run(benchDir.resolve("work-" + stamp), databases, quick ? Bench.Scale.quick() : Bench.Scale.full(),
                            java.util.Set.copyOf(only));
        }
        finally {
            for (BenchDatabase database : databases) {
                database.close();
            }
            if (loggingSystem != null) {
                loggingSystem.setLogLevel("vn.xanh", LogLevel.INFO);
            }
        }
        Path csv = Measurement.writeCsv(benchDir.resolve(stamp + ".csv"), measurements);
        out.println();
        Measurement.table(measurements).forEach(out::println);
        out.println();
        out.println("Đã ghi " + csv);
        return ExitCodes.DONE;
    }
}
