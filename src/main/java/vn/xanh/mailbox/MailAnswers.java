package vn.xanh.mailbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.MailRepository.MailAttachment;
import vn.xanh.facts.MailRepository.MailMessage;
import vn.xanh.facts.MailRepository;
import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.mailbox.internal.AnswerWords;
import vn.xanh.mailbox.internal.Attachments;
import vn.xanh.mailbox.internal.MailTexts;
import vn.xanh.mailbox.internal.Replies;
import vn.xanh.outbox.Envelopes;
import vn.xanh.outbox.OutboxRepository;
import vn.xanh.outbox.OutboxSender;
import vn.xanh.system.XanhProperties;

/**
 * Answers each message once intake has accepted or rejected every workbook it brought (or at once
 * when it brought none), in the sender's thread. The answer is written, stored in the outbox with the
 * message marked answered (one transaction), and only then sent: never lost, never sent twice.
 */
@Service
public class MailAnswers {

    private static final Logger log = LoggerFactory.getLogger(MailAnswers.class);
    static final String KIND = "ANSWER";

    private final MailRepository mail;
    private final SubmissionRepository submissions;
    private final FileAnswers fileAnswers;
    private final OutboxRepository outbox;
    private final OutboxSender sender;
    private final Catalog catalog;
    private final MailboxProperties settings;
    private final XanhProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final MailTexts texts;

    public MailAnswers(MailRepository mail, SubmissionRepository submissions, FileAnswers fileAnswers,
            OutboxRepository outbox, OutboxSender sender, Catalog catalog, MailboxProperties settings,
            XanhProperties properties, Clock clock, PlatformTransactionManager transactionManager,
            MailTexts texts) {
        this.texts = texts;
        this.mail = mail;
        this.submissions = submissions;
        this.fileAnswers = fileAnswers;
        this.outbox = outbox;
        this.sender = sender;
        this.catalog = catalog;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stores and sends the answers now due; returns how many were stored. */
    public int answer(LocalDate asOf) throws IOException {
        List<Long> stored = new ArrayList<>();
        for (MailMessage message : mail.unanswered()) {
            List<MailAttachment> files = mail.attachments(message.id());
            List<FileAnswers.FileAnswer> answers = new ArrayList<>();
            List<Replies.Attached> attach = new ArrayList<>();
            boolean ready = true;
            for (MailAttachment file : files) {
                Submission submission = file.submissionId() == null ? null
                        : submissions.find(file.submissionId()).orElse(null);
                if (file.submissionId() == null && !Files.exists(properties.inputDir().resolve(file.savedName()))) {
                    // Taken out of input/ by hand before intake read it: nothing to say of it.
                    log.warn("{} from message {} left input/ unread; answering without it", file.savedName(),
                            vn.xanh.system.ForeignText.forLog(message.messageId()));
                    continue;
                }
                if (submission == null || submission.storedAs() == null) {
                    ready = false; // intake has not finished with this file yet
                    break;
                }
                FileAnswers.FileAnswer answer = fileAnswers.of(submission);
                answers.add(answer);
                if (answer.markedUp() != null) {
                    attach.add(new Replies.Attached(answer.markedUp(), answer.markedUpFile()));
                }
            }
            if (ready && (!files.isEmpty() && answers.isEmpty() || overLimit(message.answerTo()))) {
                // Every file it brought was taken away by hand (no answer would be true), or the address had its
                // answers for the day: a flood of mail must not make the commune's account a relay.
                transaction.executeWithoutResult(tx -> mail.markAnswered(message.id(), OffsetDateTime.now(clock)));
            }
            else if (ready) {
                stored.add(store(asOf, message, answers, attach));
            }
        }
        sendAll(stored);
        if (!stored.isEmpty()) {
            log.info("{} answer(s) to submitters stored and sent", stored.size());
        }
        return stored.size();
    }

    /** Whether this address already had {@code xanh.mailbox.max-answers-per-day} answers and reminders today. */
    boolean overLimit(String address) {
        OffsetDateTime dayStart = LocalDate.now(clock).atStartOfDay(clock.getZone()).toOffsetDateTime();
        boolean over = outbox.sentToSince(address, dayStart) >= settings.maxAnswersPerDay();
        if (over) {
            log.warn("No more answers to {} today: {} already went", address, settings.maxAnswersPerDay());
        }
        return over;
    }

    private long store(LocalDate asOf, MailMessage message, List<FileAnswers.FileAnswer> files,
            List<Replies.Attached> attach) throws IOException {
        Map<String, Object> variables = new HashMap<>();
        variables.put("subject", AnswerWords.replySubject(message.subject()));
        variables.put("greeting", message.unitCode() == null ? "anh/chị" : catalog.units().nameOf(message.unitCode()));
        variables.put("commune", catalog.commune().name());
        variables.put("files", files);
        variables.put("refused", Attachments.Refused.parse(message.refused()).stream()
                .map(r -> new Attachments.Refused(AnswerWords.fileName(r.name()), r.reason())).toList());
        variables.put("maxFileMb", settings.maxFileSize().toMegabytes());
        variables.put("maxFiles", settings.maxFiles());
        MailTexts.Text text = texts.render(files.isEmpty() ? "no-workbook" : "answer", variables);
        Path file = properties.outputFor(asOf).resolve("outbox")
                .resolve("tra-loi-" + message.id() + "-" + clock.millis() + ".eml");
        try {
            Envelopes.write(Replies.composeWith(sender.session(), catalog.digest().from(), List.of(message.answerTo()),
                    text, new Replies.Thread(message.messageId(), message.threadRefs()), attach.stream()
                            .filter(a -> Files.exists(a.file())).toList()), file);
        }
        catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the answer to message " + message.id(), e);
        }
        return transaction.execute(tx -> {
            long id = outbox.store(KIND, asOf, "answer", text.subject(), message.answerTo(), file.toString(),
                    OffsetDateTime.now(clock));
            mail.markAnswered(message.id(), OffsetDateTime.now(clock));
            return id;
        });
    }

    /** Sends what was just stored, and whatever earlier attempt is due again. */
    void sendAll(List<Long> stored) {
        for (long id : stored) {
            sender.send(outbox.get(id));
        }
        sender.sendDue();
    }
}
