package vn.xanh.batch;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.xanh.TestPorts;

/** A real SMTP server (GreenMail) for a nightly run's digest; the test class stops it after its tests. */
final class TestSmtp {

    private TestSmtp() {
    }

    /** Starts a server on a free local port and points the context's {@code spring.mail} settings at it. */
    static GreenMail start(DynamicPropertyRegistry registry) {
        GreenMail smtp = new GreenMail(new ServerSetup(TestPorts.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = smtp.getSmtp().getPort();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        return smtp;
    }
}
