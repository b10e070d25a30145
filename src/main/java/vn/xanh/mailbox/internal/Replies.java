package vn.xanh.mailbox.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import vn.xanh.outbox.Envelopes;

/**
 * The messages the mailbox sends: an answer in the sender's thread (In-Reply-To, References, "Re:"),
 * or a reminder of its own; both marked as sent by a program, so that an out-of-office reply is not
 * answered back and forth.
 */
public final class Replies {

    private Replies() {
    }

    /** The thread an answer joins: the original's Message-ID and the References it carried. */
    public record Thread(String messageId, String references) {

        String referencesWithOriginal() {
            String before = references == null ? "" : references.strip();
            return (before + " " + messageId).strip();
        }
    }

    /** A file sent with a message, under the name the message gives it. */
    public record Attached(String name, Path file) {
    }

    /** A message with files attached under their own names (the office's own files, such as blank templates). */
    public static MimeMessage compose(Session session, String from, List<String> to, MailTexts.Text text,
            Thread thread, List<Path> attachments) throws MessagingException {
        return composeWith(session, from, to, text, thread,
                attachments.stream().map(f -> new Attached(f.getFileName().toString(), f)).toList());
    }

    public static MimeMessage composeWith(Session session, String from, List<String> to, MailTexts.Text text,
            Thread thread, List<Attached> attachments) throws MessagingException {
        MimeMessage message = new MimeMessage(session == null ? Session.getInstance(new Properties()) : session);
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(Envelopes.address(from));
        for (String recipient : to) {
            helper.addTo(Envelopes.address(recipient));
        }
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        for (Attached attached : attachments) {
            helper.addAttachment(attached.name(), new FileSystemResource(attached.file()));
        }
        if (thread != null && thread.messageId() != null) {
            message.setHeader("In-Reply-To", thread.messageId());
            message.setHeader("References", MimeUtility.fold("References: ".length(), thread.referencesWithOriginal()));
        }
        message.setHeader("Auto-Submitted", thread == null ? "auto-generated" : "auto-replied");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.saveChanges();
        return message;
    }

}
