package vn.xanh.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named points where the fault tests strike: the crash tests stop the process there to kill it
 * (intake after a commit, the digest before recording the server's answer), the database tests cut
 * the database's connections there. Does nothing unless the system property {@code xanh.test.pause-at}
 * names the point (then it writes the file named by {@code xanh.test.pause-marker} and waits to be
 * killed), or a test in the same JVM registered an action for it.
 */
public final class PausePoints {

    private static final Map<String, Runnable> ACTIONS = new ConcurrentHashMap<>();

    private PausePoints() {
    }

    public static void reach(String point) {
        Runnable action = ACTIONS.remove(point);
        if (action != null) {
            action.run();
        }
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

    /** For tests: runs the action once, the next time the point is reached in this JVM. */
    public static void once(String point, Runnable action) {
        ACTIONS.put(point, action);
    }

    /** For tests: forgets the actions not reached. */
    public static void clear() {
        ACTIONS.clear();
    }
}
