package vn.xanh.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Recipient;
import vn.xanh.facts.AsKnown;
import vn.xanh.facts.HeldRepository;
import vn.xanh.facts.MailRepository;
import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.outbox.Delivery;
import vn.xanh.outbox.Envelopes;
import vn.xanh.outbox.OutboxRepository;
import vn.xanh.outbox.OutboxSender;
import vn.xanh.plan.PeriodicReport;
import vn.xanh.report.ReportFiles;
import vn.xanh.system.PausePoints;
import vn.xanh.system.RunLock;
import vn.xanh.system.XanhProperties;

/**
 * Composes the digest of a date, writes {@code digest.html} and {@code digest.eml}, stores each
 * message in the outbox and hands it to the {@link OutboxSender}: by SMTP when {@code spring.mail.host}
 * is set, otherwise the {@code .eml} file is the delivery. A date's digest goes out once unless a
 * resend is asked for.
 */
@Service
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);
    private static final int TREND_CHARTS = 6;

    private final DigestViewFactory views;
    private final DigestComposer composer;
    private final OutboxSender sender;
    private final IndicatorService indicators;
    private final SubmissionRepository submissions;
    private final OutboxRepository outbox;
    private final MailRepository mail;
    private final Catalog catalog;
    private final XanhProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PeriodicReport periodic;
    private final RunLock lock;
    private final HeldRepository held;

    public DigestService(DigestViewFactory views, DigestComposer composer, OutboxSender sender,
            IndicatorService indicators, SubmissionRepository submissions, OutboxRepository outbox, MailRepository mail,
            Catalog catalog, XanhProperties properties, Clock clock, PlatformTransactionManager transactionManager,
            RunLock lock, PeriodicReport periodic, HeldRepository held) {
        this.held = held;
        this.mail = mail;
        this.lock = lock;
        this.periodic = periodic;
        this.views = views;
        this.composer = composer;
        this.sender = sender;
        this.indicators = indicators;
        this.submissions = submissions;
        this.outbox = outbox;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A message to be stored: who gets it, and its file. */
    private record Outgoing(String audience, List<Recipient> recipients, Path file) {
    }

    /** @param dispatch whether to send the digest if new, send it again, or only write its files */
    public Delivery deliver(LocalDate asOf, Dispatch dispatch) {
        return deliver(asOf, dispatch, AsKnown.now());
    }

    /** The same, listing the files received as that date's digest saw them (for a rerun that reproduces it). */
    public Delivery deliver(LocalDate asOf, Dispatch dispatch, AsKnown known) {
        sender.recoverInterrupted();
        sender.sendDue();
        ReportFiles files = ReportFiles.in(properties.outputFor(asOf), asOf);
        List<Submission> received = submissions.forDigest(asOf, known);
        DigestViewFactory.Measured measured = new DigestViewFactory.Measured(indicators.stored(asOf),
                indicators.previous(asOf), indicators.breakdowns(asOf), indicators.completeness(asOf));
        Map<String, Path> images = images(files, measured);
        List<Outgoing> outgoing;
        String subject;
        try {
            DigestViewFactory.Mailbox mailbox = new DigestViewFactory.Mailbox(mail.remindersForDigest(asOf),
                    mail.unknownSenders(asOf), mail.setAside(asOf));
            DigestViewFactory.Trust trust = new DigestViewFactory.Trust(held.waiting(), held.changesForDigest(asOf));
            DigestView forFile = views.create(asOf, measured, received, mailbox, trust, charts(images, false));
            Files.writeString(files.directory().resolve("digest.html"), composer.html(forFile), StandardCharsets.UTF_8);
            DigestView forMail = forFile.withCharts(charts(images, true));
            subject = forMail.subject();
            String html = composer.html(forMail);
            Map<String, Path> inline = new LinkedHashMap<>();
            images.forEach((title, path) -> inline.put(cid(path), path));
            // The complete record, for a mail client when no SMTP server is set: everyone, with the workbook.
            Envelopes.write(composer.message(forMail, html, inline, attachments(asOf, files), catalog.digest().recipients(),
                    sender.session()), files.directory().resolve("digest.eml"));
            outgoing = dispatch == Dispatch.FILES_ONLY ? List.of() : outgoing(asOf, forMail, html, inline, files);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the digest of " + asOf, e);
        }
        catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the digest of " + asOf, e);
        }
        if (dispatch == Dispatch.FILES_ONLY) {
            return Delivery.NOT_SENT;
        }
        if (outbox.hasEntries(asOf) && dispatch != Dispatch.RESEND) {
            log.info("Digest of {} already in the outbox; not sent again", asOf);
            return outcome(Delivery.ALREADY_DELIVERED);
        }
        // Stored and committed before any attempt to send, so a digest is never lost.
        List<OutboxRepository.Entry> stored = transaction.execute(tx -> {
            lock.verifyHeld();
            List<Long> ids = new ArrayList<>();
            for (Outgoing message : outgoing) {
                ids.add(outbox.store(asOf, message.audience(), subject, emails(message.recipients()),
                        message.file().toString(), OffsetDateTime.now(clock)));
            }
            submissions.markReported(received.stream().map(Submission::id).toList(), asOf);
            mail.markReported(asOf);
            held.markReported(asOf);
            return outbox.find(asOf).stream().filter(entry -> ids.contains(entry.id())).toList();
        });
        PausePoints.reach("digest.stored");
        List<Delivery> results = stored.stream().map(sender::send).toList();
        return outcome(results.contains(Delivery.PENDING) ? Delivery.PENDING
                : results.contains(Delivery.WRITTEN) ? Delivery.WRITTEN : Delivery.SENT);
    }

    /** PENDING whenever any digest, of this date or an earlier one, is still waiting for the SMTP server. */
    private Delivery outcome(Delivery delivery) {
        boolean waiting = outbox.unsent().stream()
                .anyMatch(entry -> entry.status() == Delivery.PENDING && OutboxRepository.DIGEST.equals(entry.kind()));
        return waiting ? Delivery.PENDING : delivery;
    }

    /** One message for the recipients who take the workbook, one for those who do not. */
    private List<Outgoing> outgoing(LocalDate asOf, DigestView view, String html, Map<String, Path> inline,
            ReportFiles files) throws MessagingException, IOException {
        if (!sender.mailConfigured()) {
            return List.of(new Outgoing("all", catalog.digest().recipients(), files.directory().resolve("digest.eml")));
        }
        Map<Boolean, List<Recipient>> byAttachment = catalog.digest().recipients().stream()
                .collect(Collectors.partitioningBy(Recipient::attachment));
        Path folder = files.directory().resolve("outbox");
        Files.createDirectories(folder);
        String stamp = Long.toString(clock.millis());
        List<Outgoing> messages = new ArrayList<>();
        for (boolean attach : List.of(true, false)) {
            List<Recipient> recipients = byAttachment.get(attach);
            if (!recipients.isEmpty()) {
                String audience = attach ? "with-workbook" : "without-workbook";
                Path file = folder.resolve(asOf + "-" + audience + "-" + stamp + ".eml");
                Envelopes.write(composer.message(view, html, inline, attach ? attachments(asOf, files) : List.of(), recipients,
                        sender.session()), file);
                messages.add(new Outgoing(audience, recipients, file));
            }
        }
        return messages;
    }

    /** The report workbook, and the periodic reports the night's run wrote when a period had closed. */
    private List<Path> attachments(LocalDate asOf, ReportFiles files) {
        List<Path> attachments = new ArrayList<>();
        attachments.add(files.workbook());
        attachments.addAll(periodic.writtenFor(asOf));
        return attachments;
    }

    /** The overview, who reported, and the trend of each indicator that needs attention (a few at most). */
    private Map<String, Path> images(ReportFiles files, DigestViewFactory.Measured measured) {
        Map<String, Path> images = new LinkedHashMap<>();
        images.put("Mức đạt các chỉ tiêu", files.overviewChart());
        if (Files.exists(files.completenessChart())) {
            images.put("Tình hình báo cáo", files.completenessChart());
        }
        measured.results().stream().filter(r -> r.needsAttention()).limit(TREND_CHARTS)
                .map(r -> files.trendChart(r.code())).filter(Files::exists)
                .forEach(path -> images.put("Diễn biến " + path.getFileName().toString()
                        .replace("trend-", "").replace(".png", ""), path));
        return images;
    }

    private static List<DigestView.Chart> charts(Map<String, Path> images, boolean mail) {
        return images.entrySet().stream().map(image -> new DigestView.Chart(image.getKey(),
                mail ? "cid:" + cid(image.getValue()) : image.getValue().getFileName().toString())).toList();
    }

    private static String cid(Path image) {
        return image.getFileName().toString().replace(".png", "");
    }

    private static String emails(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::email).collect(Collectors.joining(", "));
    }
}
