package vn.xanh.mailbox.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Names;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.Problem;
import vn.xanh.system.Vietnamese;

/**
 * What of a sender's own text an answer may say back: the office's words, the catalogue's names, cell
 * references, and short values stripped of anything a mail program would turn into a link. The answer
 * goes out from the commune's own address, so whatever a stranger typed into a cell, a file name or a
 * subject must not reach a third party through it.
 */
public final class AnswerWords {

    /** A value typed in a cell, as the answer quotes it: enough to find the cell, too short to carry a message. */
    static final int VALUE_LENGTH = 24;
    static final int FILE_STEM_LENGTH = 40;
    static final int SUBJECT_LENGTH = 48;
    /** A quotation as {@link Vietnamese#quoted} writes it (and „…”, as problems stored before it were written). */
    private static final Pattern QUOTED = Pattern.compile("[“„]([^”]*)”");
    private static final Pattern CELL = Pattern.compile("[A-Z]{1,3}[0-9]{1,7}");
    private static final Pattern EXTENSION = Pattern.compile("((?:\\.loi)?\\.[A-Za-z0-9]{1,5})$");
    /** A word a mail program would make a link of: a scheme, an address, "www.", a name with a dot and letters. */
    private static final Pattern LINK = Pattern.compile("\\S*(?:://|@|www\\.|[\\p{L}\\d]\\.\\p{L}{2,})\\S*");
    /** The longest problem line an answer carries: the office's longest sentence and its values fit. */
    static final int PROBLEM_LENGTH = 400;

    private final Set<String> catalogueTexts = new HashSet<>();

    /** The texts the office itself wrote in {@code jobs/}: quoted back as they are. */
    public AnswerWords(Catalog catalog) {
        catalog.metrics().map(Metric::label).forEach(this::known);
        catalog.templates().stream().map(Template::name).forEach(this::known);
        for (Unit unit : catalog.units().units()) {
            known(unit.name());
            unit.aliases().forEach(this::known);
        }
    }

    private void known(String text) {
        catalogueTexts.add(Names.fold(text));
    }

    /** "Báo cáo!E12: …" with every value quoted from the workbook shortened and made harmless. */
    public String problem(Problem problem) {
        String where = "";
        if (problem.cell() != null && CELL.matcher(problem.cell()).matches()) {
            where = (problem.sheet() == null ? "" : value(problem.sheet(), VALUE_LENGTH) + "!") + problem.cell() + ": ";
        }
        Matcher quoted = QUOTED.matcher(problem.message());
        StringBuilder text = new StringBuilder();
        while (quoted.find()) {
            String inside = quoted.group(1);
            String shown = catalogueTexts.contains(Names.fold(inside)) ? inside : value(inside, VALUE_LENGTH);
            quoted.appendReplacement(text, Matcher.quoteReplacement(Vietnamese.quoted(shown)));
        }
        quoted.appendTail(text);
        // A value's own closing marks were made ’ when quoted, so no value reaches past its quotes; links go too.
        String line = LINK.matcher(oneLine(text.toString())).replaceAll("…");
        return where + (line.length() > PROBLEM_LENGTH ? line.substring(0, PROBLEM_LENGTH) + "…" : line);
    }

    /** A file's name as the sender gave it, its stem shortened and cleaned, its extension kept. */
    public static String fileName(String name) {
        String plain = oneLine(name == null ? "" : name);
        Matcher extension = EXTENSION.matcher(plain);
        String suffix = extension.find() ? extension.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        String stem = plain.substring(0, plain.length() - suffix.length());
        return value(stem, FILE_STEM_LENGTH) + suffix;
    }

    /**
     * "Re: " and the sender's subject, cleaned and shortened: mail programs that thread by subject (webmail)
     * keep the answer with the report, and a stranger's long subject does not come back whole.
     */
    public static String replySubject(String original) {
        String subject = oneLine(original == null ? "" : original);
        if (subject.regionMatches(true, 0, "re:", 0, 3)) {
            subject = subject.substring(3).strip();
        }
        return subject.isEmpty() ? "Re:" : "Re: " + value(subject, SUBJECT_LENGTH);
    }

    /**
     * Letters, digits, spaces and a few signs; a dot, slash or colon only between digits (12,5 · 05/10/2026),
     * so that no address, link or domain survives; cut to {@code most} characters.
     */
    static String value(String typed, int most) {
        String text = LINK.matcher(Names.nfc(oneLine(typed))).replaceAll(" ");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean betweenDigits = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || " ,;()%+-–_".indexOf(c) >= 0 || (".:/".indexOf(c) >= 0 && betweenDigits)) {
                kept.append(c);
            }
            else {
                kept.append(' ');
            }
        }
        String clean = kept.toString().replaceAll(" {2,}", " ").strip();
        if (clean.codePointCount(0, clean.length()) > most) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, most)).strip() + "…";
        }
        return clean.isEmpty() ? "…" : clean;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", " ")
                .replaceAll("\\s{2,}", " ").strip();
    }
}
