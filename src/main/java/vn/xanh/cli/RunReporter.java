package vn.xanh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.xanh.batch.RunOutcome;
import vn.xanh.plan.PeriodicReport;
import vn.xanh.system.Vietnamese;
import vn.xanh.system.XanhProperties;

/** Tells the clerk, in Vietnamese, how a run ended, and turns that into the exit status. */
@Component
class RunReporter {

    private final XanhProperties properties;
    private final PeriodicReport periodic;

    RunReporter(XanhProperties properties, PeriodicReport periodic) {
        this.properties = properties;
        this.periodic = periodic;
    }

    int report(RunOutcome outcome, PrintWriter out, PrintWriter err) {
        if (!outcome.completed()) {
            err.println("Lần chạy ngày " + Vietnamese.date(outcome.date()) + " (lần " + outcome.run()
                    + ") bị dừng vì lỗi. Chạy lại đúng lệnh này để tiếp tục từ chỗ dừng.");
            outcome.failures().forEach(failure -> err.println("  " + failure));
            return ExitCodes.JOB_FAILED;
        }
        out.println("Đã tổng hợp số liệu đến ngày " + Vietnamese.date(outcome.date()) + " (lần chạy " + outcome.run()
                + ").");
        out.println("Tệp đã nhận: " + outcome.accepted() + "; bị trả lại: " + outcome.rejected() + "; trùng: "
                + outcome.duplicates() + "; để lại lần sau (đang ghi dở hoặc vừa gửi tới): " + leftForLater() + ".");
        out.println("Chỉ tiêu cần chú ý: " + outcome.attention() + "; đổi tình trạng so với lần chạy hằng đêm trước: "
                + outcome.changed() + ".");
        out.println("Kết quả: " + properties.outputFor(outcome.date()).toAbsolutePath());
        List<Path> reports = periodic.writtenFor(outcome.date());
        if (!reports.isEmpty()) {
            out.println("Báo cáo định kỳ lập trong lần chạy ngày này: " + String.join(", ", reports.stream()
                    .map(p -> p.getFileName().toString()).toList()) + " (trong "
                    + reports.get(0).toAbsolutePath().getParent() + ").");
        }
        if (outcome.delivery() == null) {
            return ExitCodes.DONE;
        }
        switch (outcome.delivery()) {
            case SENT -> out.println("Bản tin: đã gửi qua thư điện tử.");
            case WRITTEN -> out.println("Bản tin: chưa cấu hình máy chủ thư, đã ghi ra tệp "
                    + properties.outputFor(outcome.date()).resolve("digest.eml").toAbsolutePath() + ".");
            case ALREADY_DELIVERED -> out.println("Bản tin của ngày này đã gửi trước đó, không gửi lại"
                    + " (dùng xanh rerun --date D --resend để gửi lại).");
            case NOT_SENT -> out.println("Bản tin: đã soạn lại, không gửi (thêm --resend để gửi lại).");
            case PENDING -> {
                err.println("Bản tin chưa gửi được: máy chủ thư không nhận. Bản tin được giữ lại và sẽ gửi lại"
                        + " ở lần chạy sau.");
                return ExitCodes.DIGEST_UNDELIVERED;
            }
        }
        return ExitCodes.DONE;
    }

    /** Files still in the drop folder: lock files, hidden files, files still settling. */
    private long leftForLater() {
        try (Stream<Path> files = Files.list(properties.inputDir())) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".gitkeep"))
                    .count();
        }
        catch (IOException e) {
            return 0;
        }
    }
}
