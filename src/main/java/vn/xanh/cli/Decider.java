package vn.xanh.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who makes a decision at this terminal: the operating-system user and the machine, as the audit trail keeps them. */
final class Decider {

    private Decider() {
    }

    static String here() {
        String user = System.getProperty("user.name", "?");
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            }
            catch (UnknownHostException e) {
                host = System.getenv().getOrDefault("COMPUTERNAME", "?");
            }
        }
        return user + "@" + host;
    }
}
