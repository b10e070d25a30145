package vn.xanh.mailbox.internal;

import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.xanh.system.ForeignText;
import vn.xanh.system.Vietnamese;

/**
 * The words of answers and reminders, from the text templates in {@code templates/mail/}: the first
 * line of a rendered template is the subject, the rest the body.
 */
public final class MailTexts {

    /** A rendered message. */
    public record Text(String subject, String body) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTexts() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    public Text render(String template, Map<String, Object> variables) {
        // What a sender chose (names, subjects, a cell's words) is echoed here: no control character goes out.
        String text = ForeignText.cleanLines(engine.process(template, new Context(Vietnamese.LOCALE, variables)));
        int newline = text.indexOf('\n');
        String subject = text.substring(0, newline).strip();
        // The template's tags leave blank lines where a part is not shown: at most one blank line in a row.
        String body = text.substring(newline + 1).replaceAll("(?m)^[ \\t]+$", "").replaceAll("\n{3,}", "\n\n").strip();
        return new Text(subject, body + "\n");
    }
}
