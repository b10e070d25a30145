package vn.xanh.digest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Recipient;
import vn.xanh.outbox.Envelopes;
import vn.xanh.system.SpokenVietnamese;
import vn.xanh.system.Vietnamese;

/** Renders the digest as HTML and plain text, and builds the email with its charts inline. */
@Component
public class DigestComposer {

    private final ITemplateEngine templates;
    private final Catalog catalog;

    public DigestComposer(ITemplateEngine templates, Catalog catalog) {
        this.templates = templates;
        this.catalog = catalog;
    }

    public String html(DigestView view) {
        Context context = new Context(Vietnamese.LOCALE);
        context.setVariable("view", view);
        context.setVariable("heading", heading());
        return templates.process("digest", context);
    }

    /** "Hai mươi chỉ tiêu đến năm 2030": the catalogue's count in words and its target year. */
    private String heading() {
        String count = SpokenVietnamese.number(catalog.indicators().size());
        return Character.toUpperCase(count.charAt(0)) + count.substring(1) + " chỉ tiêu đến năm " + catalog.targetYear();
    }

    /** The text part, for mail clients that show no HTML. */
    public String text(DigestView view) {
        StringBuilder text = new StringBuilder();
        text.append("BẢN TIN CHUYỂN ĐỔI XANH – ").append(view.commune()).append(", ngày ").append(view.date())
                .append("\n\n");
        text.append("CẦN CHÚ Ý (").append(view.attention().size()).append(")\n");
        view.attention().forEach(line -> {
            text.append("- ").append(line.code()).append(" ").append(line.name()).append(": ").append(line.status())
                    .append(", ").append(line.value()).append(" (mục tiêu ").append(line.target())
                    .append("); mỗi năm còn cần ").append(line.gainPerYear()).append(".\n");
            if (line.holdingBack() != null) {
                text.append("  Kéo chậm nhất: ").append(line.holdingBack()).append("\n");
            }
        });
        if (!view.changes().isEmpty()) {
            text.append("\nTHAY ĐỔI TÌNH TRẠNG\n");
            view.changes().forEach(line -> text.append("- ").append(line).append("\n"));
        }
        if (!view.completeness().isEmpty()) {
            text.append("\nTÌNH HÌNH BÁO CÁO\n");
            view.completeness().forEach(line -> text.append("- ").append(line).append("\n"));
        }
        if (!view.rejected().isEmpty()) {
            text.append("\nTỆP BỊ TRẢ LẠI (").append(view.rejected().size()).append(")\n");
            view.rejected().forEach(file -> {
                text.append("- ").append(file.fileName()).append("\n");
                file.reasons().forEach(reason -> text.append("    ").append(reason).append("\n"));
            });
        }
        if (view.plan() != null) {
            text.append("\nTRIỂN KHAI KẾ HOẠCH (").append(view.plan().month()).append(")\n");
            view.plan().channels().forEach(line -> text.append("- ").append(line.name()).append(": ")
                    .append(line.activities()).append(" hoạt động, ").append(line.participants())
                    .append(" người tham dự, ").append(line.minutes()).append(" phút\n"));
            if (!view.plan().silent().isEmpty()) {
                text.append("- Chưa gửi báo cáo hoạt động: ").append(String.join(", ", view.plan().silent()))
                        .append(".\n");
            }
            view.plan().expectations().forEach(line -> text.append("- ").append(line).append("\n"));
            view.plan().models().forEach(line -> text.append("- ").append(line).append("\n"));
        }
        text.append("\nCÁC CHỈ TIÊU\n");
        view.indicators().forEach(line -> text.append(line.code()).append(" ").append(line.name()).append(": ")
                .append(line.value()).append(" / ").append(line.target()).append(" – ").append(line.status())
                .append("\n"));
        text.append("\nTệp đã nhận: ").append(view.accepted().size()).append("\n");
        return text.toString();
    }

    /**
     * The whole message.
     *
     * @param inline the images the HTML refers to as {@code cid:<key>}
     * @param attachments the report workbook and the periodic reports written that night, or none for
     *        recipients who do not take them
     * @param session the mail sender's session, or null when mail goes to a file
     */
    public MimeMessage message(DigestView view, String html, Map<String, Path> inline, List<Path> attachments,
            List<Recipient> recipients, Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session == null ? Session.getInstance(new Properties()) : session);
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        helper.setFrom(Envelopes.address(catalog.digest().from()));
        for (Recipient recipient : recipients) {
            helper.addTo(Envelopes.address("\"" + recipient.name() + "\" <" + recipient.email() + ">"));
        }
        helper.setSubject(view.subject());
        helper.setText(text(view), html);
        for (Map.Entry<String, Path> image : inline.entrySet()) {
            helper.addInline(image.getKey(), new FileSystemResource(image.getValue()), "image/png");
        }
        for (Path attachment : attachments) {
            boolean word = attachment.getFileName().toString().endsWith(".docx");
            helper.addAttachment(attachment.getFileName().toString(), new FileSystemResource(attachment), word
                    ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        message.saveChanges();
        return message;
    }
}
