package vn.xanh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.xanh.batch.RunHistory;
import vn.xanh.batch.RunMode;
import vn.xanh.catalog.Catalog;
import vn.xanh.facts.HeldRepository;
import vn.xanh.facts.MailFailureRepository;
import vn.xanh.facts.MailRepository;
import vn.xanh.intake.IntakeService;
import vn.xanh.mailbox.MailboxProperties;
import vn.xanh.outbox.OutboxRepository;
import vn.xanh.system.ForeignText;
import vn.xanh.system.Vietnamese;
import vn.xanh.system.XanhProperties;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "status", description = "Xem các lần chạy gần đây, tệp đang chờ, tệp bị trả lại và bản tin chưa gửi.")
class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Spec
    CommandSpec spec;

    private final RunHistory history;
    private final IntakeService intake;
    private final OutboxRepository outbox;
    private final MailRepository mail;
    private final MailboxProperties mailbox;
    private final MailFailureRepository failures;
    private final XanhProperties properties;
    private final Clock clock;

    private final HeldRepository held;
    private final Catalog catalog;

    StatusCommand(RunHistory history, IntakeService intake, OutboxRepository outbox, MailRepository mail,
            MailboxProperties mailbox, MailFailureRepository failures, XanhProperties properties,
            Clock clock, HeldRepository held, Catalog catalog) {
        this.failures = failures;
        this.held = held;
        this.catalog = catalog;
        this.history = history;
        this.intake = intake;
        this.outbox = outbox;
        this.mail = mail;
        this.mailbox = mailbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<RunHistory.Entry> runs = history.latest(10);
        out.println("Các lần chạy gần đây:" + (runs.isEmpty() ? " chưa có." : ""));
        for (RunHistory.Entry run : runs) {
            out.println("  " + Vietnamese.date(run.date()) + " lần " + run.run() + " ("
                    + (run.mode() == RunMode.RERUN ? "tính lại" : "hằng đêm") + "): " + status(run)
                    + (run.started() == null ? "" : ", bắt đầu " + TIME.format(run.started()))
                    + (run.duration() == null ? "" : ", " + run.duration().toSeconds() + " giây"));
            if (run.recoveredFrom() != null) {
                out.println("    Đã khôi phục lần chạy ngày " + Vietnamese.date(run.date()) + " (lần " + run.run()
                        + ") bị gián đoạn (" + run.recoveredFrom() + ": " + interruption(run.recoveredFrom())
                        + "); lần chạy sau đã làm tiếp từ chỗ dừng.");
            }
        }
        out.println("Tệp đang chờ trong " + properties.inputDir() + ": " + intake.pendingFiles().size());
        List<Path> rejected = rejectedFiles();
        out.println("Tệp bị trả lại chưa gửi lại (" + properties.rejectedDir() + "): " + rejected.size());
        rejected.forEach(file -> out.println("  " + ForeignText.clean(file.getFileName().toString())));
        List<OutboxRepository.Entry> unsent = outbox.unsent().stream()
                .filter(entry -> OutboxRepository.DIGEST.equals(entry.kind())).toList();
        out.println("Bản tin chưa gửi được: " + unsent.size());
        for (OutboxRepository.Entry entry : unsent) {
            String state = switch (entry.status()) {
                case UNCERTAIN, SENDING -> "không rõ đã gửi chưa (máy dừng giữa chừng); gửi lại bằng xanh rerun --date "
                        + entry.asOf() + " --resend nếu cần";
                default -> "đã thử " + entry.attempts() + " lần"
                        + (entry.nextAttemptAt() == null ? "" : ", thử lại sau " + TIME.format(entry.nextAttemptAt()
                                .atZoneSameInstant(clock.getZone())))
                        + (entry.lastError() == null ? "" : " (" + entry.lastError() + ")");
            };
            out.println("  ngày " + Vietnamese.date(entry.asOf()) + " gửi " + entry.recipients() + ": " + state);
        }
        List<HeldRepository.Held> waiting = held.waiting();
        out.println("Báo cáo chờ xác nhận (chưa được tính; xanh approve SỐ hoặc xanh refuse SỐ --reason …): "
                + waiting.size());
        waiting.forEach(h -> out.println("  " + HeldCommand.line(h, catalog)));
        if (mailbox.configured()) {
            mailbox(out);
        }
        return ExitCodes.DONE;
    }

    /** The mailbox: the last look into it, what waits there, what is still owed an answer. */
    private void mailbox(PrintWriter out) {
        out.println("Hộp thư " + (mailbox.username() == null ? mailbox.host()
                : mailbox.username() + " (" + mailbox.host() + ")") + ":");
        MailRepository.State state = mail.state().orElse(null);
        if (state == null) {
            out.println("  chưa lấy thư lần nào.");
        }
        else {
            out.println("  lấy thư lần gần nhất: " + TIME.format(state.lastFetchAt().atZoneSameInstant(clock.getZone()))
                    + (state.lastError() == null ? "" : ", không vào được hộp thư (" + state.lastError() + ")"));
            if (state.waiting() != null) {
                out.println("  thư chưa đọc còn chờ trong hộp thư: " + state.waiting());
            }
        }
        out.println(mailbox.checksSenders()
                ? "  kiểm tra người gửi: theo kết quả xác thực (Authentication-Results) của máy chủ " + mailbox.authservId()
                        + "; thư không đạt DMARC/DKIM được giữ lại chờ xác nhận."
                : "  CẢNH BÁO: chưa đặt xanh.mailbox.authserv-id (XANH_MAILBOX_AUTHSERV_ID), nên chỉ đối chiếu địa chỉ"
                        + " người gửi; thư giả mạo địa chỉ người gửi (From) KHÔNG bị phát hiện.");
        out.println("  tệp lấy từ thư đang chờ nhận: " + mail.unclaimed());
        long owed = mail.unanswered().size();
        long unsent = outbox.unsent().stream().filter(entry -> !OutboxRepository.DIGEST.equals(entry.kind())).count();
        out.println("  thư trả lời, thư nhắc chưa gửi: " + (owed + unsent));
        int setAside = failures.countSetAside();
        if (setAside > 0) {
            out.println("  thư không đọc được, đã để riêng (" + (mailbox.quarantineFolder() == null ? "nhãn $XanhLoi"
                    : "thư mục " + mailbox.quarantineFolder() + ", nhãn $XanhLoi") + "): " + setAside);
            for (MailFailureRepository.Failure m : failures.setAside(10)) {
                out.println("    " + TIME.format(m.setAsideAt().atZoneSameInstant(clock.getZone())) + " thư của "
                        + (m.senderEmail() == null ? "người gửi không rõ" : ForeignText.clean(m.senderEmail())) + " ("
                        + Vietnamese.quoted(m.subject() == null ? "" : ForeignText.clean(m.subject())) + "): " + m.reasonInWords());
            }
        }
    }

    private static String status(RunHistory.Entry run) {
        if (run.recoveredFrom() != null) {
            return "bị gián đoạn, đã khôi phục";
        }
        return switch (run.status()) {
            case COMPLETED -> "hoàn thành";
            case FAILED -> "lỗi, cần chạy lại";
            case STARTED, STARTING -> "đang chạy hoặc bị ngắt";
            case STOPPED, STOPPING -> "đã dừng";
            case ABANDONED -> "đã bỏ";
            case UNKNOWN -> "không rõ";
        };
    }

    private static String interruption(org.springframework.batch.core.BatchStatus found) {
        return switch (found) {
            case UNKNOWN -> "cơ sở dữ liệu mất kết nối khi đang ghi tiến độ";
            case STOPPING -> "máy dừng khi lần chạy đang được dừng";
            default -> "máy hoặc tiến trình dừng đột ngột";
        };
    }

    private List<Path> rejectedFiles() throws IOException {
        if (!Files.isDirectory(properties.rejectedDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(properties.rejectedDir())) {
            // Our own reports and marked-up copies sit beside each rejected file.
            return files.filter(file -> !file.getFileName().toString().matches(".*\\.loi\\.(txt|xlsx|xlsm|xls)$"))
                    .sorted().toList();
        }
    }
}
