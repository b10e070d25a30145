package vn.xanh.mailbox;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The commune's mailbox, each setting also an environment variable ({@code XANH_MAILBOX_HOST} for
 * {@code xanh.mailbox.host}). Nothing is fetched while {@code host} is empty.
 *
 * @param protocol {@code imaps} (TLS, port 993) or {@code imap}
 * @param folder the folder whose unread messages are fetched
 * @param poll how often {@code xanh serve} looks into the mailbox
 * @param maxMessages messages taken per fetch; the rest wait for the next
 * @param maxFiles workbooks taken from one message, zip contents included
 * @param maxFileSize the largest workbook (or zip) taken
 * @param maxMessageSize all the workbooks of one message together
 * @param quarantineFolder where a message that failed to be read twice is moved (and flagged {@code $XanhLoi}),
 *        where the server allows; made when missing
 * @param authservId the receiving server's name in its {@code Authentication-Results} headers (RFC 8601); when
 *        set, mail counts only when that server says the sender is genuine; when empty, a forged From is not detected
 * @param maxAnswersPerDay answers and reminders sent to one address in a day, at most
 */
@ConfigurationProperties("xanh.mailbox")
public record MailboxProperties(String host, Integer port, String username, String password,
        @DefaultValue("imaps") String protocol, @DefaultValue("INBOX") String folder, @DefaultValue("5m") Duration poll,
        @DefaultValue("50") int maxMessages, @DefaultValue("20") int maxFiles, @DefaultValue("25MB") DataSize maxFileSize,
        @DefaultValue("60MB") DataSize maxMessageSize, @DefaultValue("Xanh-Loi") String quarantineFolder,
        String authservId, @DefaultValue("10") int maxAnswersPerDay) {

    public MailboxProperties {
        protocol = protocol == null ? "imaps" : protocol.trim().toLowerCase(Locale.ROOT);
        if (!protocol.equals("imaps") && !protocol.equals("imap")) {
            throw new IllegalArgumentException("xanh.mailbox.protocol phải là imaps hoặc imap, đang đặt '" + protocol + "'");
        }
    }

    /** Whether the receiving server's verdict on each sender is checked. */
    public boolean checksSenders() {
        return authservId != null && !authservId.isBlank();
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** Never the password, in logs or error messages. */
    @Override
    public String toString() {
        return "MailboxProperties[" + protocol + "://" + username + "@" + host + (port == null ? "" : ":" + port) + "/"
                + folder + "]";
    }
}
