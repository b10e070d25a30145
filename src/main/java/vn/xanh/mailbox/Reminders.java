package vn.xanh.mailbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Schedule;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.MailRepository;
import vn.xanh.intake.BlankTemplates;
import vn.xanh.mailbox.internal.MailTexts;
import vn.xanh.mailbox.internal.Replies;
import vn.xanh.outbox.Envelopes;
import vn.xanh.outbox.OutboxRepository;
import vn.xanh.outbox.OutboxSender;
import vn.xanh.system.Vietnamese;
import vn.xanh.system.XanhProperties;

/**
 * Reminds the units that have not reported the month just closed: {@code reminders.days_before} days
 * before the deadline of {@code jobs/schedule.yml}, and once more {@code days_after} days after it,
 * each with the unit's blank templates attached. A unit that reported ("Không phát sinh" included) or
 * has no address is not reminded; each reminder goes once, recorded with its outbox entry. Nothing is
 * sent unless both the SMTP server and the mailbox (where the replies arrive) are set.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final String KIND = "REMINDER";

    /** Which reminder is due on a date, if any, and for which month. */
    public record Due(YearMonth period, LocalDate deadline, boolean late) {

        String kind() {
            return late ? "AFTER" : "BEFORE";
        }
    }

    private final MailRepository mail;
    private final OutboxRepository outbox;
    private final MailAnswers answers;
    private final OutboxSender sender;
    private final MailboxProperties settings;
    private final BlankTemplates blanks;
    private final Catalog catalog;
    private final XanhProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final MailTexts texts;

    public Reminders(MailRepository mail, OutboxRepository outbox, MailAnswers answers, OutboxSender sender,
            MailboxProperties settings, BlankTemplates blanks, Catalog catalog, XanhProperties properties, Clock clock, PlatformTransactionManager transactionManager,
            MailTexts texts) {
        this.texts = texts;
        this.mail = mail;
        this.outbox = outbox;
        this.answers = answers;
        this.sender = sender;
        this.settings = settings;
        this.blanks = blanks;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The reminder due on this date: before the deadline of the month just closed, or the follow-up after it. */
    public static java.util.Optional<Due> due(LocalDate date, Schedule schedule) {
        LocalDate deadline = YearMonth.from(date).atDay(schedule.reportDeadlineDay());
        YearMonth period = YearMonth.from(date).minusMonths(1);
        Schedule.Reminders reminders = schedule.reminders();
        if (reminders.daysBefore() > 0 && !date.isBefore(deadline.minusDays(reminders.daysBefore()))
                && !date.isAfter(deadline)) {
            return java.util.Optional.of(new Due(period, deadline, false));
        }
        if (reminders.daysAfter() > 0 && !date.isBefore(deadline.plusDays(reminders.daysAfter()))) {
            return java.util.Optional.of(new Due(period, deadline, true));
        }
        return java.util.Optional.empty();
    }

    /** Stores and sends the reminders due on the date; returns the units reminded. */
    public List<String> remind(LocalDate asOf) throws IOException {
        java.util.Optional<Due> due = due(asOf, catalog.schedule());
        // A reminder asks for a reply with the file: only when mail goes out and the mailbox is read.
        if (due.isEmpty() || !settings.configured() || !sender.mailConfigured()) {
            return List.of();
        }
        Map<String, Set<String>> reported = mail.reportedTemplates(due.get().period());
        List<Long> stored = new ArrayList<>();
        List<String> reminded = new ArrayList<>();
        for (Unit unit : catalog.units().units()) {
            // Each form the unit owes and has not sent is attached: the office sends both its report and its
            // activity log, and one of them does not stand for the other.
            Set<String> sent = reported.getOrDefault(unit.code(), Set.of());
            List<Template> missing = catalog.templates().stream()
                    .filter(t -> t.layout() != Template.Layout.HOUSEHOLD_REGISTER && t.senders().contains(unit.kind())
                            && !sent.contains(t.id()))
                    .toList();
            if (missing.isEmpty() || unit.emails().isEmpty()
                    || mail.reminded(unit.code(), due.get().period(), due.get().kind())
                    || unit.emails().stream().anyMatch(answers::overLimit)) {
                continue;
            }
            Path file = write(asOf, due.get(), unit, missing);
            MailTexts.Text text = text(due.get(), unit);
            Long id = transaction.execute(tx -> mail.recordReminder(new MailRepository.Reminder(unit.code(),
                    due.get().period(), due.get().kind(), asOf, String.join(", ", unit.emails())))
                    ? outbox.store(KIND, asOf, "reminder", text.subject(), String.join(", ", unit.emails()),
                            file.toString(), OffsetDateTime.now(clock))
                    : null);
            if (id == null) {
                Files.deleteIfExists(file); // reminded before: this copy is not needed
            }
            else {
                stored.add(id);
                reminded.add(unit.code());
            }
        }
        answers.sendAll(stored);
        if (!reminded.isEmpty()) {
            log.info("Reminded {} unit(s) of the report for {} ({}): {}", reminded.size(), due.get().period(),
                    due.get().kind(), reminded);
        }
        return reminded;
    }

    private Path write(LocalDate asOf, Due due, Unit unit, List<Template> templates) throws IOException {
        Path folder = properties.outputFor(asOf).resolve("outbox");
        Path blanksFolder = Files.createDirectories(folder.resolve("mau-" + clock.millis()));
        try {
            List<Path> attachments = new ArrayList<>();
            for (Template template : templates) {
                Path blank = blanksFolder.resolve("mau-" + template.id() + "-"
                        + unit.code().toLowerCase(Locale.ROOT).replace('_', '-') + ".xlsx");
                blanks.write(blank, template, unit);
                attachments.add(blank);
            }
            Path file = folder.resolve("nhac-" + unit.code() + "-" + due.period() + "-" + due.kind() + "-"
                    + clock.millis() + ".eml");
            Envelopes.write(Replies.compose(null, catalog.digest().from(), unit.emails(), text(due, unit), null,
                    attachments), file);
            return file;
        }
        catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the reminder to " + unit.code(), e);
        }
        finally {
            try (var left = Files.list(blanksFolder)) {
                for (Path blank : left.toList()) {
                    Files.delete(blank);
                }
            }
            Files.delete(blanksFolder);
        }
    }

    private MailTexts.Text text(Due due, Unit unit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("unit", unit.name());
        variables.put("commune", catalog.commune().name());
        variables.put("period", Vietnamese.month(due.period()));
        variables.put("deadline", Vietnamese.date(due.deadline()));
        variables.put("late", due.late());
        return texts.render("reminder", variables);
    }
}
