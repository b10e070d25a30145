package vn.xanh.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.system.PausePoints;
import vn.xanh.system.RunLock;

/**
 * Sends what the outbox holds, once. A message is marked SENDING and committed before it goes to the
 * SMTP server and SENT after; a process stopped in between leaves it SENDING, which the next run
 * turns into UNCERTAIN rather than risk sending it twice. A refused message stays pending and is
 * tried again after a delay that doubles with each attempt.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LONGEST_DELAY = Duration.ofHours(6);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final Duration firstDelay;
    private final TransactionTemplate transaction;
    private final RunLock lock;

    public OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, Clock clock,
            @Value("${xanh.digest.retry-delay:5m}") Duration firstDelay, PlatformTransactionManager transactionManager,
            RunLock lock) {
        this.lock = lock;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** The session of the configured SMTP server, or null when mail goes to files. */
    public Session session() {
        return mailSender.getIfAvailable() instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
    }

    /** Turns messages a stopped process left in SENDING into UNCERTAIN, and says so. */
    public void recoverInterrupted() {
        int uncertain = transaction.execute(tx -> outbox.markInterruptedUncertain());
        if (uncertain > 0) {
            log.warn("{} outbox message(s) were being sent when a run stopped; marked uncertain, not resent", uncertain);
        }
    }

    /** Tries every pending message whose next attempt is due. */
    public void sendDue() {
        if (!mailConfigured()) {
            return;
        }
        for (OutboxRepository.Entry entry : outbox.due(now())) {
            send(entry);
        }
    }

    /** One attempt; returns what became of the message. */
    public Delivery send(OutboxRepository.Entry entry) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            transaction.executeWithoutResult(tx -> outbox.markDelivered(entry.id(), Delivery.WRITTEN, now()));
            return Delivery.WRITTEN;
        }
        MimeMessage message;
        try (InputStream in = Files.newInputStream(Path.of(entry.messageFile()))) {
            message = new MimeMessage(session(), in);
        }
        catch (IOException | MessagingException e) {
            return failed(entry, "Không đọc được thư đã lưu " + entry.messageFile() + ": " + e.getMessage());
        }
        if (!Boolean.TRUE.equals(transaction.execute(tx -> {
            lock.verifyHeld();
            return outbox.markSending(entry.id());
        }))) {
            return Delivery.SENDING;
        }
        try {
            sender.send(message);
        }
        catch (MailException e) {
            return failed(entry, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        PausePoints.reach("digest.sent");
        transaction.executeWithoutResult(tx -> outbox.markDelivered(entry.id(), Delivery.SENT, now()));
        log.info("{} of {} sent to {}", what(entry), entry.asOf(), entry.recipients());
        return Delivery.SENT;
    }

    private Delivery failed(OutboxRepository.Entry entry, String error) {
        OffsetDateTime next = now().plus(delayAfter(entry.attempts() + 1));
        transaction.executeWithoutResult(tx -> outbox.markFailed(entry.id(), error, next));
        log.warn("{} of {} not sent (attempt {}), next try after {}: {}", what(entry), entry.asOf(),
                entry.attempts() + 1, next, error);
        return Delivery.PENDING;
    }

    private static String what(OutboxRepository.Entry entry) {
        return OutboxRepository.DIGEST.equals(entry.kind()) ? "Digest" : "Message " + entry.id() + " (" + entry.kind() + ")";
    }

    /** 5 minutes, then 10, 20, 40… up to 6 hours. */
    Duration delayAfter(int attempts) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 16));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
