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
import vn.xanh.mailbox.internal.ReadFailures;
import vn.xanh.intake.IntakeService;
import vn.xanh.system.ForeignText;
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
    private final IntakeService intake;

    MailSaver(MailRepository mail, XanhProperties properties, Clock clock, PlatformTransactionManager transactionManager,
            IntakeService intake) {
        this.intake = intake;
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

    /**
     * Finishes what a stopped process left: files recorded but not yet in {@code input/}. A message whose files
     * can be placed nowhere (neither {@code input/} nor {@code rejected/} takes them) waits for the next fetch.
     */
    void resume() throws IOException {
        for (MailMessage message : mail.staged()) {
            log.info("Finishing the saving of message {} from {}", ForeignText.forLog(message.messageId()),
                    ForeignText.forLog(message.senderEmail()));
            try {
                finish(message);
            }
            catch (IOException e) {
                if (ReadFailures.isMachineFault(e)) {
                    throw e;
                }
                log.error("The files of message {} could be placed nowhere; the next fetch tries again: {}",
                        ForeignText.forLog(message.messageId()), ForeignText.forLog(e));
            }
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
            String saved = place(file, staged, message);
            Files.deleteIfExists(staged); // linked into input/, or moved into rejected/
            log.info("Saved {} from {} into {}", ForeignText.forLog(file.originalName()),
                    ForeignText.forLog(message.senderEmail()), ForeignText.forLog(saved));
        }
        transaction.executeWithoutResult(tx -> mail.markSaved(message.id()));
        DiskFiles.deleteTree(staging(message.key()));
    }

    /**
     * Links the staged file into {@code input/} under its recorded name, or the next free one; when the folder
     * refuses the name, under a plain one ("tep-dinh-kem-12.xlsx"); when it refuses the file, the file is
     * rejected with its report. Only a full disk is thrown on. Returns the name it has in {@code input/}.
     */
    private String place(MailAttachment file, Path staged, MailMessage message) throws IOException {
        try {
            return link(file, staged, file.savedName());
        }
        catch (IOException e) {
            if (ReadFailures.isMachineFault(e)) {
                throw e;
            }
            log.warn("{} could not be saved into input/ under its name: {}", ForeignText.forLog(file.savedName()),
                    ForeignText.forLog(e));
        }
        String name = file.savedName();
        int dot = name.lastIndexOf('.');
        String plain = "tep-dinh-kem-" + file.id() + (dot > 0 ? name.substring(dot) : "");
        try {
            return link(file, staged, plain);
        }
        catch (IOException e) {
            if (ReadFailures.isMachineFault(e)) {
                throw e;
            }
            String cause = e instanceof java.nio.file.AccessDeniedException ? "máy không cho ghi vào thư mục này"
                    : "hệ thống tệp không nhận tệp này";
            Path rejected = intake.rejectUnplaced(staged, file.originalName(), message.receivedAt(), cause);
            log.error("{} from {} could not be saved into input/; rejected as {}: {}",
                    ForeignText.forLog(file.originalName()), ForeignText.forLog(message.senderEmail()),
                    ForeignText.forLog(rejected), ForeignText.forLog(e));
            return rejected.toString();
        }
    }

    /** Links under the name or the next free one, each recorded before its link. */
    private String link(MailAttachment file, Path staged, String name) throws IOException {
        if (!name.equals(file.savedName())) {
            transaction.executeWithoutResult(tx -> mail.rename(file.id(), name));
        }
        String saved = name;
        for (int n = 2; !DiskFiles.link(staged, properties.inputDir().resolve(saved)); n++) {
            // Someone dropped a file of that name meanwhile: the next free name, recorded before the link.
            String next = DiskFiles.numbered(name, n);
            transaction.executeWithoutResult(tx -> mail.rename(file.id(), next));
            saved = next;
        }
        return saved;
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
