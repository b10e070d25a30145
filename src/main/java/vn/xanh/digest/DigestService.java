package vn.xanh.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Recipient;
import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.report.ReportFiles;
import vn.xanh.system.XanhProperties;

/**
 * Composes the digest of a date, writes {@code digest.html} and {@code digest.eml}, stores it in the
 * outbox and delivers it: by SMTP when {@code spring.mail.host} is set, otherwise the {@code .eml}
 * file is the delivery. A date's digest goes out once unless a resend is asked for.
 */
@Service
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final DigestViewFactory views;
    private final DigestComposer composer;
    private final IndicatorService indicators;
    private final SubmissionRepository submissions;
    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Catalog catalog;
    private final XanhProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public DigestService(DigestViewFactory views, DigestComposer composer, IndicatorService indicators,
            SubmissionRepository submissions, OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender,
            Catalog catalog, XanhProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
        this.views = views;
        this.composer = composer;
        this.indicators = indicators;
        this.submissions = submissions;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param resend send even though this date's digest already went out
     * @param filesOnly write {@code digest.html} and {@code digest.eml} but send nothing (a rerun)
     */
    public Delivery deliver(LocalDate asOf, boolean resend, boolean filesOnly) {
        retryPending(asOf);
        ReportFiles files = ReportFiles.in(properties.outputFor(asOf));
        List<Submission> received = submissions.forDigest(asOf);
        Path html = files.directory().resolve("digest.html");
        Path eml = files.directory().resolve("digest.eml");
        MimeMessage message;
        try {
            DigestViewFactory.Measured measured = new DigestViewFactory.Measured(indicators.stored(asOf),
                    indicators.breakdowns(asOf), indicators.completeness(asOf));
            DigestView forFile = views.create(asOf, measured, received, files.overviewChart().getFileName().toString());
            Files.writeString(html, composer.html(forFile), StandardCharsets.UTF_8);
            DigestView forMail = views.create(asOf, measured, received, "cid:" + DigestComposer.CHART_CID);
            message = composer.message(forMail, composer.html(forMail), files.overviewChart(), session());
            try (OutputStream out = Files.newOutputStream(eml)) {
                message.writeTo(out);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the digest of " + asOf, e);
        }
        catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the digest of " + asOf, e);
        }
        if (filesOnly) {
            return Delivery.NOT_SENT;
        }
        if (outbox.delivered(asOf) && !resend) {
            log.info("Digest of {} already delivered; not sent again", asOf);
            return Delivery.ALREADY_DELIVERED;
        }
        String subject = subjectOf(message);
        // Stored and committed before any attempt to send, so a digest is never lost.
        long id = transaction.execute(tx -> {
            long stored = outbox.store(asOf, subject, recipients(), eml.toString(), OffsetDateTime.now(clock));
            submissions.markReported(received.stream().map(Submission::id).toList(), asOf);
            return stored;
        });
        return send(id, message);
    }

    /** Digests of earlier dates that the SMTP server did not take are tried again on each run. */
    private void retryPending(LocalDate asOf) {
        if (mailSender.getIfAvailable() == null) {
            return;
        }
        for (OutboxRepository.Entry entry : outbox.pending()) {
            if (entry.asOf().equals(asOf)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(Path.of(entry.messageFile()))) {
                send(entry.id(), new MimeMessage(session(), in));
            }
            catch (IOException | MessagingException e) {
                outbox.markFailed(entry.id(), "Không đọc được thư đã lưu: " + e.getMessage());
            }
        }
    }

    private Delivery send(long id, MimeMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            transaction.executeWithoutResult(tx -> outbox.markDelivered(id, Delivery.WRITTEN, OffsetDateTime.now(clock)));
            log.info("No SMTP server set: digest written as an .eml file");
            return Delivery.WRITTEN;
        }
        try {
            sender.send(message);
            transaction.executeWithoutResult(tx -> outbox.markDelivered(id, Delivery.SENT, OffsetDateTime.now(clock)));
            log.info("Digest sent to {} recipients", catalog.digest().recipients().size());
            return Delivery.SENT;
        }
        catch (MailException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            transaction.executeWithoutResult(tx -> outbox.markFailed(id, error));
            log.warn("Digest could not be sent, kept pending: {}", e.getMessage());
            return Delivery.PENDING;
        }
    }

    private Session session() {
        return mailSender.getIfAvailable() instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
    }

    private String recipients() {
        return catalog.digest().recipients().stream().map(Recipient::email).collect(Collectors.joining(", "));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
