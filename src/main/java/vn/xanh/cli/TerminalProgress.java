package vn.xanh.cli;

import java.io.Console;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.xanh.intake.IntakeProgress;

/**
 * A progress bar for intake on the clerk's terminal; when the output is not a terminal (a service, a
 * log file) the per-file log lines say the same and nothing is drawn.
 */
@Component
class TerminalProgress {

    private static final int WIDTH = 30;

    @EventListener
    void on(IntakeProgress progress) {
        Console console = System.console();
        if (console == null || progress.total() == 0) {
            return;
        }
        int filled = WIDTH * progress.done() / progress.total();
        console.printf("\r[%s%s] %d/%d tệp%s", "#".repeat(filled), ".".repeat(WIDTH - filled), progress.done(),
                progress.total(), progress.done() == progress.total() ? System.lineSeparator() : "");
        console.flush();
    }
}
