package vn.xanh.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.stereotype.Component;

import picocli.CommandLine;
import vn.xanh.system.RunLock;

/** Runs the command the clerk typed and keeps its exit status for {@code SpringApplication.exit}. */
@Component
@ConditionalOnProperty(name = "xanh.cli.enabled", havingValue = "true", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    CliRunner(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(String... args) {
        CommandLine commandLine = commandLine(context);
        // Vietnamese must survive a terminal or service whose locale is not UTF-8.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        exitCode = commandLine.execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /**
     * The command tree, its commands taken from Spring so they get their services injected. The
     * commands are prototypes: picocli takes a command's field values as its defaults, so a reused
     * instance would carry one call's options into the next.
     */
    static CommandLine commandLine(ApplicationContext context) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K bean = context.getBeanProvider(type).getIfAvailable();
                return bean != null ? bean : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new XanhCommand(), factory);
        inVietnamese(commandLine);
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(Messages.parameterProblem(ex));
            failed.getErr().println("Xem hướng dẫn: xanh " + (failed.getParent() == null ? "" : failed.getCommandName() + " ")
                    + "--help");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            if (ex instanceof RunLock.BusyException || ex instanceof RunLock.LostException) {
                failed.getErr().println(ex.getMessage());
            }
            else if (databaseAway(ex)) {
                failed.getErr().println("Mất kết nối tới cơ sở dữ liệu (" + ex.getMessage() + "). Lần chạy dừng giữa"
                        + " chừng, không mất gì. Chạy lại đúng lệnh này khi cơ sở dữ liệu hoạt động trở lại để tiếp"
                        + " tục từ chỗ dừng.");
            }
            else {
                failed.getErr().println("Lỗi khi thực hiện lệnh: " + ex.getMessage());
            }
            return ExitCodes.JOB_FAILED;
        });
        return commandLine;
    }

    private static boolean databaseAway(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** Every command's usage headings and its {@code -h, --help} in Vietnamese, given here once for all. */
    private static void inVietnamese(CommandLine command) {
        command.getCommandSpec().usageMessage().synopsisHeading("Cách dùng: ").optionListHeading("%nTùy chọn:%n")
                .parameterListHeading("%nTham số:%n");
        command.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Hiện hướng dẫn này.").build());
        command.getSubcommands().values().forEach(CliRunner::inVietnamese);
    }
}
