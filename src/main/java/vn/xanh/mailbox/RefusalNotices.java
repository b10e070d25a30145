package vn.xanh.mailbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;

import org.springframework.stereotype.Service;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.HeldRepository.Held;
import vn.xanh.mailbox.internal.MailTexts;
import vn.xanh.mailbox.internal.Replies;
import vn.xanh.outbox.Envelopes;
import vn.xanh.outbox.OutboxRepository;
import vn.xanh.outbox.OutboxSender;
import vn.xanh.system.Vietnamese;
import vn.xanh.system.XanhProperties;

/**
 * Tells a unit that a report it sent was refused, and why: only when the sender's address is a known
 * unit's (a stranger hears nothing), within the day's limit of answers to one address.
 */
@Service
public class RefusalNotices {

    static final String KIND = "REFUSAL";

    private final OutboxRepository outbox;
    private final OutboxSender sender;
    private final MailAnswers answers;
    private final Catalog catalog;
    private final XanhProperties properties;
    private final Clock clock;
    private final MailTexts texts;

    public RefusalNotices(OutboxRepository outbox, OutboxSender sender, MailAnswers answers, Catalog catalog,
            XanhProperties properties, Clock clock, MailTexts texts) {
        this.outbox = outbox;
        this.sender = sender;
        this.answers = answers;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.texts = texts;
    }

    /** Stores and sends the notice; returns the address told, or empty when no one is. */
    public Optional<String> tell(Held refused, String reason) {
        Optional<Unit> unit = catalog.units().bySender(refused.senderEmail());
        if (unit.isEmpty() || answers.overLimit(refused.senderEmail())) {
            return Optional.empty();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("commune", catalog.commune().name());
        variables.put("unit", unit.get().name());
        variables.put("file", refused.fileName());
        variables.put("period", refused.period() == null ? ""
                : Vietnamese.month(refused.period()));
        variables.put("received", Vietnamese.dateTime(refused.receivedAt()));
        variables.put("reason", reason.strip());
        MailTexts.Text text = texts.render("refused", variables);
        LocalDate today = LocalDate.now(clock);
        Path file = properties.outputFor(today).resolve("outbox")
                .resolve("khong-nhan-" + refused.id() + "-" + clock.millis() + ".eml");
        try {
            Envelopes.write(Replies.compose(sender.session(), catalog.digest().from(), List.of(refused.senderEmail()),
                    text, refused.messageId() == null ? null : new Replies.Thread(refused.messageId(), null),
                    List.of()), file);
        }
        catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("Could not compose the refusal notice for submission " + refused.id(), e);
        }
        long id = outbox.store(KIND, today, "refusal", text.subject(), refused.senderEmail(), file.toString(),
                OffsetDateTime.now(clock));
        answers.sendAll(List.of(id));
        return Optional.of(refused.senderEmail());
    }
}
