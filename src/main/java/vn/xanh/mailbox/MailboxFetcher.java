package vn.xanh.mailbox;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.MailFailureRepository;
import vn.xanh.facts.MailRepository;
import vn.xanh.facts.MailRepository.MailMessage;
import vn.xanh.mailbox.internal.Attachments;
import vn.xanh.mailbox.internal.Inbox;
import vn.xanh.mailbox.internal.ReadFailures;
import vn.xanh.system.ForeignText;
import vn.xanh.system.PausePoints;

/**
 * Takes the unread messages of the commune's mailbox: each one's workbooks go into {@code input/}
 * (see {@link MailSaver}), and only then is the message marked as read. A message already recorded
 * (by its Message-ID, or folder and UID) is only marked, never saved twice. Messages are read with
 * PEEK, so reading one does not mark it before its files are safe. A message that cannot be read is set
 * aside after its second failure ({@link Inbox#SET_ASIDE}), so it never blocks the others.
 */
@Service
public class MailboxFetcher {

    private static final Logger log = LoggerFactory.getLogger(MailboxFetcher.class);

    /** What one fetch did. */
    public record Fetched(int messages, int files, int waiting) {

        static final Fetched NOTHING = new Fetched(0, 0, 0);
    }

    private final MailboxProperties settings;
    private final MailSaver saver;
    private final MailRepository mail;
    private final MailFailureRepository failures;
    private final FailedMessages failedMessages;
    private final Catalog catalog;
    private final Clock clock;
    private final Senders senders;

    public MailboxFetcher(MailboxProperties settings, MailSaver saver, MailRepository mail,
            MailFailureRepository failures, FailedMessages failedMessages, Catalog catalog, Clock clock,
            Senders senders) {
        this.failures = failures;
        this.failedMessages = failedMessages;
        this.senders = senders;
        this.settings = settings;
        this.saver = saver;
        this.mail = mail;
        this.catalog = catalog;
        this.clock = clock;
    }

    public boolean configured() {
        return settings.configured();
    }

    /**
     * Fetches what is unread and not set aside. A mailbox that cannot be reached is logged and recorded for
     * {@code xanh status}; the run goes on with the files already in {@code input/}. A message whose reading
     * fails is recorded with the reason, the connection opened again if it dropped, and reading goes on with the
     * next; after its second failure it is set aside on the server. Only the database or a full disk ends it.
     */
    public Fetched fetch() throws IOException {
        if (!configured()) {
            return Fetched.NOTHING;
        }
        saver.resume();
        try (Inbox inbox = Inbox.open(Inbox.session(settings.protocol()), new Inbox.Address(settings.protocol(), settings.host(),
                settings.port() == null ? -1 : settings.port(), settings.username(), settings.password(),
                settings.folder()))) {
            List<Long> readable = inbox.readable();
            int taken = 0;
            int files = 0;
            int failed = 0;
            int looked = 0;
            // The limit counts messages taken; failures have a bound of their own, so broken ones hold up no others.
            while (looked < readable.size() && taken < settings.maxMessages() && failed < 4 * settings.maxMessages()) {
                Inbox.Reading reading = new Inbox.Reading(readable.get(looked++));
                try {
                    int saved = take(inbox, reading);
                    if (saved >= 0) {
                        taken++;
                        files += saved;
                        failures.forget(reading.place);
                    }
                }
                catch (MessagingException | IOException | RuntimeException e) {
                    if (ReadFailures.isMachineFault(e)) {
                        throw machineFault(e);
                    }
                    failed++;
                    failedMessages.failed(inbox, reading, e);
                }
            }
            Fetched fetched = new Fetched(taken, files, readable.size() - looked);
            mail.recordFetch(now(), fetched.waiting(), null);
            log.info("Mailbox {}: {} message(s) taken, {} workbook(s) saved, {} could not be read, {} left for the"
                    + " next fetch", settings, taken, files, failed, fetched.waiting());
            return fetched;
        }
        catch (MessagingException e) {
            log.warn("Mailbox {} could not be read: {}", settings, ForeignText.forLog(e));
            mail.recordFetch(now(), null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Fetched.NOTHING;
        }
    }

    /**
     * Saves one message's workbooks, then marks it read; returns how many files were saved, or -1 when the
     * message is gone from the server meanwhile.
     */
    private int take(Inbox inbox, Inbox.Reading reading) throws MessagingException, IOException {
        reading.place = inbox.place(reading.uid);
        MimeMessage message = inbox.message(reading.uid);
        if (message == null) {
            return -1;
        }
        reading.sender = firstAddress(message.getFrom());
        reading.subject = message.getSubject();
        String key = key(inbox.folder(), message);
        Optional<MailMessage> known = mail.findByKey(key);
        if (known.isPresent()) {
            // Saved before, and the process stopped before marking it (or the flag was lost): mark only.
            log.info("Message {} was saved before; marking it read only", ForeignText.forLog(key));
            message.setFlag(Flags.Flag.SEEN, true);
            return 0;
        }
        saver.discardStaging(key);
        Attachments.Found found;
        try {
            found = Attachments.extract(message, saver.staging(key), new Attachments.Limits(settings.maxFiles(),
                    settings.maxFileSize().toBytes(), settings.maxMessageSize().toBytes()));
        }
        catch (MessagingException | IOException | RuntimeException e) {
            saver.discardStaging(key);
            throw e;
        }
        String sender = reading.sender;
        Optional<Unit> unit = catalog.units().bySender(sender);
        // A stranger, or a sender the receiving server did not vouch for, gets no answer at all.
        String authentication = senders.authentication(message, sender);
        boolean answer = answerable(message, sender) && unit.isPresent();
        MailMessage record = new MailMessage(0, key, message.getMessageID(), message.getHeader("References", " "),
                sender, answer ? senders.answerTo(message, sender, unit, authentication) : null,
                message.getSubject(), unit.map(Unit::code).orElse(null), received(message), MailRepository.STAGED,
                found.refusedLines(), null, authentication);
        saver.save(record, found);
        PausePoints.reach("mailbox.saved");
        message.setFlag(Flags.Flag.SEEN, true);
        if (unit.isEmpty()) {
            log.warn("Message from {} ({}), an address no unit has: taken in and flagged in the digest",
                    ForeignText.forLog(sender), ForeignText.forLog(reading.subject));
        }
        return found.staged().size();
    }

    /** The database or a full disk: the run ends as today (exit 3), as an I/O error when it was one. */
    private static IOException machineFault(Exception e) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        return e instanceof IOException io ? io : new IOException(e);
    }

    /** Its Message-ID, or the folder and UID for a message without one. */
    private static String key(Folder folder, MimeMessage message) throws MessagingException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        UIDFolder uids = (UIDFolder) folder;
        return "uid:" + folder.getFullName() + ":" + uids.getUIDValidity() + ":" + uids.getUID(message);
    }

    /**
     * No answer to mail sent by a program (auto-replies, delivery reports, lists) or by ourselves:
     * two programs answering each other would never stop.
     */
    private boolean answerable(MimeMessage message, String sender) throws MessagingException {
        String auto = message.getHeader("Auto-Submitted", ",");
        String precedence = message.getHeader("Precedence", ",");
        if (sender == null || auto != null && !auto.strip().equalsIgnoreCase("no") || message.getHeader("List-Id") != null
                || precedence != null && precedence.toLowerCase(Locale.ROOT).matches(".*(bulk|junk|list).*")) {
            return false;
        }
        String local = sender.substring(0, Math.max(0, sender.indexOf('@')));
        if (local.matches("(?i)(mailer-daemon|postmaster|no-?reply|do-?not-?reply)")) {
            return false;
        }
        String ours = firstAddress(InternetAddress.parse(catalog.digest().from(), false));
        return !sender.equalsIgnoreCase(ours) && !sender.equalsIgnoreCase(settings.username());
    }

    /** When the message reached the mailbox (never later than now): when the report arrived. */
    private OffsetDateTime received(MimeMessage message) throws MessagingException {
        Date date = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        OffsetDateTime now = now();
        if (date == null) {
            return now;
        }
        OffsetDateTime received = date.toInstant().atOffset(ZoneOffset.UTC);
        return received.isAfter(now) ? now : received;
    }

    private static String firstAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        return Arrays.stream(addresses).filter(InternetAddress.class::isInstance)
                .map(a -> ((InternetAddress) a).getAddress()).filter(a -> a != null && a.contains("@"))
                .map(a -> a.toLowerCase(Locale.ROOT)).findFirst().orElse(null);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
