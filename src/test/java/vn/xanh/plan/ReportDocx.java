package vn.xanh.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** A written report opened with POI, read as a clerk reads it: paragraphs and tables in order. */
final class ReportDocx {

    final XWPFDocument document;

    ReportDocx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            this.document = new XWPFDocument(in);
        }
    }

    /** The texts of the body's paragraphs, in order. */
    List<String> paragraphs() {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The paragraphs between the one that starts with {@code from} and the one that starts with {@code to}. */
    List<String> between(String from, String to) {
        List<String> all = paragraphs();
        int start = indexOf(all, from);
        int end = indexOf(all.subList(start + 1, all.size()), to) + start + 1;
        return all.subList(start + 1, end);
    }

    private static int indexOf(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starts with " + prefix + " in " + texts);
    }

    /** Each table as rows of cell texts. */
    List<List<List<String>>> tables() {
        List<List<List<String>>> tables = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            tables.add(table.getRows().stream().map(row -> row.getTableCells().stream().map(c -> c.getText()).toList())
                    .toList());
        }
        return tables;
    }

    /** Everything the document says, body elements in order, for comparing two generations. */
    String content() {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                text.append(paragraph.getText()).append('\n');
            }
            else if (element instanceof XWPFTable table) {
                text.append(table.getText()).append('\n');
            }
        }
        return text.toString();
    }

    /** The paragraph just before a table in the body: the one a block is kept with. */
    XWPFParagraph before(XWPFTable table) {
        List<IBodyElement> body = document.getBodyElements();
        return (XWPFParagraph) body.get(body.indexOf(table) - 1);
    }

    /** The runs of the PAGE fields in the headers and footers: what the page number is written in. */
    List<CTR> pageNumberRuns() {
        return Stream.concat(document.getHeaderList().stream().flatMap(h -> h.getParagraphs().stream()),
                document.getFooterList().stream().flatMap(f -> f.getParagraphs().stream()))
                .flatMap(p -> p.getCTP().getFldSimpleList().stream()).filter(f -> f.getInstr().trim().equals("PAGE"))
                .flatMap(f -> f.getRList().stream()).toList();
    }

    static boolean keepsLines(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetKeepLines();
    }

    static long number(String cell) {
        return Long.parseLong(cell.replace(".", ""));
    }
}
