package vn.xanh.plan.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/** Where a page may end, as an office lays out the end of a report: a block never alone on its page. */
final class Pagination {

    private Pagination() {
    }

    /** The body's last paragraph so far goes, whole, to the next page with what follows it. */
    static void keepLastWithNext(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        if (!paragraphs.isEmpty()) {
            keep(paragraphs.get(paragraphs.size() - 1), true);
        }
    }

    /** A block's lines stay together: each line with the one below it in its cell, none split, no row split. */
    static void keepTogether(XWPFTable block) {
        block.getRows().forEach(row -> {
            row.setCantSplitRow(true);
            row.getTableCells().forEach(cell -> {
                List<XWPFParagraph> lines = cell.getParagraphs();
                // A cell's last line has no next in the block: kept with the page break after, it would move the block.
                for (int i = 0; i < lines.size(); i++) {
                    keep(lines.get(i), i < lines.size() - 1);
                }
            });
        });
    }

    private static void keep(XWPFParagraph paragraph, boolean withNext) {
        paragraph.setKeepNext(withNext);
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        if (!properties.isSetKeepLines()) {
            properties.addNewKeepLines();
        }
    }
}
