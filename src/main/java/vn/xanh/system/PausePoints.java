package vn.xanh.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Named points where the crash tests stop the process to kill it there (intake after a commit, the
 * digest before recording the server's answer). Does nothing unless the system property
 * {@code xanh.test.pause-at} names the point; then it writes the file named by
 * {@code xanh.test.pause-marker} and waits to be killed.
 */
public final class PausePoints {

    private PausePoints() {
    }

    public static void reach(String point) {
        if (!point.equals(System.getProperty("xanh.test.pause-at"))) {
            return;
        }
        try {
            Files.writeString(Path.of(System.getProperty("xanh.test.pause-marker", "paused")), point);
            Thread.sleep(Long.MAX_VALUE);
        }
        catch (IOException e) {
            throw new IllegalStateException("Could not write the pause marker", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
