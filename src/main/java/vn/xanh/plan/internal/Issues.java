package vn.xanh.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.xanh.system.Vietnamese;

/**
 * The issues of a periodic report: the first, which the nightly run wrote and the Party Committee signed,
 * and the later ones beside it ({@code -lan-2}, {@code -lan-3}…), each saying under its title what changed.
 */
public final class Issues {

    /** The words that begin a revision's note: left out when two issues' contents are compared. */
    private static final String REVISION = "Bản điều chỉnh lần ";

    /** A later issue: its number, the date of the first, and the approved changes to the closed months it covers. */
    public record Revision(int number, LocalDate firstIssued, List<String> changes) {
    }

    private Issues() {
    }

    public static Path lan(Path issued, int number) {
        String name = issued.getFileName().toString();
        return issued.resolveSibling(name.substring(0, name.length() - ".docx".length()) + "-lan-" + number + ".docx");
    }

    /** The note under the title of a later issue; nothing for the first. */
    public static void revision(PartyDocument doc, Revision revision) {
        if (revision == null) {
            return;
        }
        doc.centred(REVISION + revision.number() + ", thay cho bản phát hành ngày "
                + Vietnamese.date(revision.firstIssued()) + ".", PartyDocument.BODY_SIZE, PartyDocument.Face.ITALIC);
        doc.centred(revision.changes().isEmpty()
                ? REVISION + revision.number() + ": số liệu đã thay đổi so với bản đầu theo các báo cáo nhận hoặc được"
                        + " xác nhận sau ngày phát hành."
                : REVISION + revision.number() + ": những thay đổi so với bản đầu: " + String.join(" ",
                        revision.changes()), PartyDocument.BODY_SIZE, PartyDocument.Face.ITALIC);
    }

    /** The approved changes to the closed months the report covers, noted in every report written since. */
    public static void adjustments(PartyDocument doc, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        doc.text("Số liệu kỳ đã chốt được điều chỉnh sau ngày chốt (đã được xác nhận):");
        lines.forEach(doc::text);
    }

    /** The text of a report without a revision's note: what two issues are compared by. */
    public static String content(Path file) {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().lines().filter(line -> !line.strip().startsWith(REVISION))
                    .reduce("", (a, b) -> a + b + "\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file, e);
        }
    }
}
