package vn.xanh.mailbox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

import vn.xanh.catalog.Unit;
import vn.xanh.mailbox.internal.AuthenticationResults;

/**
 * Who sent a message, as far as the commune can know: the receiving server's verdict (when
 * {@code xanh.mailbox.authserv-id} names it), and where an answer may go: only to a known unit's own
 * address that passed, never to a Reply-To of another unit's or a stranger's.
 */
@Component
class Senders {

    /** What {@code mail_message.authentication} holds for a message the receiving server vouched for. */
    static final String PASSED = "PASS";

    private final MailboxProperties settings;

    Senders(MailboxProperties settings) {
        this.settings = settings;
    }

    /** {@link #PASSED}, the reason it failed (Vietnamese), or null when no server's verdict is asked for. */
    String authentication(MimeMessage message, String sender) throws MessagingException {
        if (!settings.checksSenders()) {
            return null;
        }
        String[] headers = message.getHeader("Authentication-Results");
        AuthenticationResults.Verdict verdict = AuthenticationResults.verdict(
                headers == null ? List.of() : List.of(headers), settings.authservId(), sender);
        return verdict.passed() ? PASSED : verdict.reason();
    }

    /**
     * The address the answer goes to, or null for none: the sender's, when it is a known unit's and passed; its
     * Reply-To only when that is an address of the same unit.
     */
    String answerTo(MimeMessage message, String sender, Optional<Unit> unit, String authentication)
            throws MessagingException {
        if (sender == null || unit.isEmpty() || authentication != null && !authentication.equals(PASSED)) {
            return null;
        }
        Address[] replyTo = message.getHeader("Reply-To") == null ? null : message.getReplyTo();
        if (replyTo != null) {
            Optional<String> same = Arrays.stream(replyTo).filter(InternetAddress.class::isInstance)
                    .map(a -> ((InternetAddress) a).getAddress()).filter(a -> a != null)
                    .map(a -> a.toLowerCase(Locale.ROOT)).filter(a -> unit.get().emails().contains(a)).findFirst();
            if (same.isPresent()) {
                return same.get();
            }
        }
        return sender;
    }
}
