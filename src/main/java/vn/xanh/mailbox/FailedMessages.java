package vn.xanh.mailbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.xanh.facts.MailFailureRepository;
import vn.xanh.mailbox.internal.Inbox;
import vn.xanh.mailbox.internal.ReadFailures;
import vn.xanh.system.ForeignText;

/**
 * A message whose reading failed: recorded with the reason, and at its second failure set aside on the server
 * (flagged {@link Inbox#SET_ASIDE}, moved to the quarantine folder where the server allows), so that it is not
 * fetched again and the digest and {@code xanh status} name it for the clerk.
 */
@Component
class FailedMessages {

    private static final Logger log = LoggerFactory.getLogger(FailedMessages.class);

    /** A message is set aside at its second failure: the first may have been the connection's alone. */
    static final int TRIES = 2;

    private final MailFailureRepository failures;
    private final MailboxProperties settings;
    private final Clock clock;

    FailedMessages(MailFailureRepository failures, MailboxProperties settings, Clock clock) {
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records the failure, opening the connection again if it dropped; only a machine fault is thrown on. */
    void failed(Inbox inbox, Inbox.Reading reading, Exception e) {
        String reason = ReadFailures.reason(e);
        log.warn("Message {} from {} ({}) could not be read ({}): {}", reading.uid, ForeignText.forLog(reading.sender),
                ForeignText.forLog(reading.subject), reason, ForeignText.forLog(e));
        try {
            inbox.reopenIfClosed();
            String place = reading.place != null ? reading.place : inbox.place(reading.uid);
            int attempts = failures.recordFailure(place, ForeignText.clean(reading.sender),
                    ForeignText.clean(reading.subject), reason, ForeignText.forLog(e), now());
            if (attempts >= TRIES) {
                String movedTo = inbox.setAside(reading.uid, settings.quarantineFolder());
                failures.markSetAside(place, now(), movedTo);
                log.warn("Message {} from {} set aside after {} failures: flagged {}{}", reading.uid,
                        ForeignText.forLog(reading.sender), attempts, Inbox.SET_ASIDE,
                        movedTo == null ? "" : ", moved to " + movedTo);
            }
        }
        catch (MessagingException | RuntimeException again) {
            if (ReadFailures.isMachineFault(again)) {
                throw again instanceof RuntimeException r ? r : new IllegalStateException(again);
            }
            log.warn("Message {} could not be recorded or set aside now; the next fetch tries again: {}", reading.uid,
                    ForeignText.forLog(again));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
