package vn.xanh.outbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** What every composer of a message shares: addresses whose names keep their diacritics, and the .eml copy. */
public final class Envelopes {

    private Envelopes() {
    }

    /** {@code "Thôn Đông" <a@b>} or a bare address, its name encoded as UTF-8 so a mail client shows it whole. */
    public static InternetAddress address(String text) throws MessagingException {
        InternetAddress parsed = new InternetAddress(text, false);
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        }
        catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** The message as an .eml file a mail client opens, its folder made if missing. */
    public static void write(MimeMessage message, Path file) throws IOException, MessagingException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
    }
}
