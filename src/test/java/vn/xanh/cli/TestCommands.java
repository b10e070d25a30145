package vn.xanh.cli;

import java.io.PrintWriter;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine;

/** Runs a command of the real command line inside a test's application context. */
@TestComponent
public class TestCommands {

    private final ApplicationContext context;

    public TestCommands(ApplicationContext context) {
        this.context = context;
    }

    public int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = CliRunner.commandLine(context);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
