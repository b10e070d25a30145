package vn.xanh.mailbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.facts.MailRepository;
import vn.xanh.facts.MailRepository.MailAttachment;
import vn.xanh.facts.MailRepository.MailMessage;
import vn.xanh.mailbox.internal.Attachments;
import vn.xanh.mailbox.internal.DiskFiles;
import vn.xanh.system.PausePoints;
import vn.xanh.system.XanhProperties;

/**
 * Puts a message's workbooks into the drop folder so that a stop at any moment neither loses nor
 * doubles a file: staged and forced to disk under {@code input/.mailbox/}, then recorded (message and
 * files, one transaction), then linked into {@code input/} one by one, then the message marked SAVED.
 * A message recorded but not SAVED is finished by the next fetch; one staged but not recorded is staged
 * again from the mailbox, where it is still unread.
 */
@Component
class MailSaver {

    private static final Logger log = LoggerFactory.getLogger(MailSaver.class);

    private final MailRepository mail;
    private final XanhProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MailSaver(MailRepository mail, XanhProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Where a message's files wait before they go into {@code input/}: hidden from intake. */
    Path staging(String key) {
        return properties.inputDir().resolve(".mailbox").resolve(DiskFiles.sha256(key).substring(0, 32));
    }

    /** Records the message and its staged files, then moves them into {@code input/}; returns its id. */
    long save(MailMessage message, Attachments.Found found) throws IOException {
        Set<String> taken = new HashSet<>();
        long id = transaction.execute(tx -> {
            long mailId = mail.insertMessage(message, OffsetDateTime.now(clock));
            for (Attachments.Staged file : found.staged()) {
                mail.insertAttachment(mailId, file.name(), file.file().toString(), freeName(file.name(), taken),
                        file.sha256());
            }
            return mailId;
        });
        PausePoints.reach("mailbox.recorded");
        finish(mail.message(id));
        return id;
    }

    /** Finishes what a stopped process left: files recorded but not yet in {@code input/}. */
    void resume() throws IOException {
        for (MailMessage message : mail.staged()) {
            log.info("Finishing the saving of message {} from {}", message.messageId(), message.senderEmail());
            finish(message);
        }
    }

    private void finish(MailMessage message) throws IOException {
        Files.createDirectories(properties.inputDir());
        FileTime arrived = FileTime.from(message.receivedAt().toInstant());
        for (MailAttachment file : mail.attachments(message.id())) {
            Path staged = Path.of(file.stagedAs());
            if (!Files.exists(staged)) {
                continue; // linked into input/ before the stop
            }
            Path target = properties.inputDir().resolve(file.savedName());
            if (file.submissionId() != null || Files.exists(target) && Files.isSameFile(staged, target)) {
                Files.delete(staged); // the link was made (and perhaps taken in) before the stop
                continue;
            }
            // The time the message reached the mailbox is when the report arrived, for the deadline.
            Files.setLastModifiedTime(staged, arrived);
            String saved = file.savedName();
            for (int n = 2; !DiskFiles.link(staged, properties.inputDir().resolve(saved)); n++) {
                // Someone dropped a file of that name meanwhile: the next free name, recorded before the link.
                String next = DiskFiles.numbered(file.savedName(), n);
                transaction.executeWithoutResult(tx -> mail.rename(file.id(), next));
                saved = next;
            }
            Files.delete(staged);
            log.info("Saved {} from {} into {}", file.originalName(), message.senderEmail(), saved);
        }
        transaction.executeWithoutResult(tx -> mail.markSaved(message.id()));
        DiskFiles.deleteTree(staging(message.key()));
    }

    /** A name free in {@code input/} and not chosen for another file of the same message. */
    private String freeName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; Files.exists(properties.inputDir().resolve(candidate)) || !taken.add(candidate); n++) {
            candidate = DiskFiles.numbered(name, n);
        }
        return candidate;
    }

    /** Removes a staging folder a stopped process left before recording anything (our own copies). */
    void discardStaging(String key) throws IOException {
        DiskFiles.deleteTree(staging(key));
    }
}
