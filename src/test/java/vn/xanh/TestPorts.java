package vn.xanh;

import java.io.IOException;
import java.net.ServerSocket;

/** A port on this machine that nothing listens on, for a test's SMTP server (or its absence). */
public final class TestPorts {

    private TestPorts() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
