package vn.xanh.plan.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document in the Party's format (Hướng dẫn 36-HD/VPTW): A4, Times New Roman, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm, the page number at the top from the second page on. Offers the
 * few kinds of paragraph and table a report is made of.
 */
public final class PartyDocument implements AutoCloseable {

    public static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    public static final int BODY_SIZE = 14;

    private final XWPFDocument document = new XWPFDocument();

    public PartyDocument() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
        // The first page carries no number: a title page with an empty header of its own.
        section.addNewTitlePg();
        document.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField page = number.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        // The number in the document's font and size: a field without its own run takes the application's.
        CTR shown = page.addNewR();
        font(shown.addNewRPr(), BODY_SIZE);
        shown.addNewT().setStringValue("2");
        document.getProperties().getCoreProperties().setCreator("xanh");
    }

    private static void font(CTRPr properties, int size) {
        CTFonts fonts = properties.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        properties.addNewSz().setVal(BigInteger.valueOf(size * 2L));
        properties.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    public XWPFDocument document() {
        return document;
    }

    /** How a run of text is set: the Party's format asks for bold titles and italic places and dates. */
    public enum Face {
        REGULAR, BOLD, ITALIC, BOLD_ITALIC
    }

    /** A paragraph of running text: justified, first line indented, 14 pt. */
    public XWPFParagraph text(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, text, BODY_SIZE, Face.REGULAR);
        return paragraph;
    }

    /** A heading of the body ("I. KẾT QUẢ THỰC HIỆN", "1. …"): bold, indented like the text, never last on a page. */
    public void heading(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        paragraph.setKeepNext(true);
        run(paragraph, text, BODY_SIZE, Face.BOLD);
    }

    /** A centred line, for titles. */
    public XWPFParagraph centred(String text, int size, Face face) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
        run(paragraph, text, size, face);
        return paragraph;
    }

    /** A place the office writes in itself, shown as a highlighted bracket. */
    public void officePlace(String what) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, "[" + what + "]", BODY_SIZE, Face.ITALIC).setTextHighlightColor("yellow");
    }

    public void pageBreak() {
        paragraph(ParagraphAlignment.LEFT).setPageBreak(true);
    }

    /** A table with a bold header row; numbers right-aligned; {@code widths} in twentieths of a point. */
    public XWPFTable table(List<String> headings, List<List<String>> rows, int[] widths, int size,
            boolean lastRowBold) {
        XWPFTable table = document.createTable(rows.size() + 1, headings.size());
        // Fixed columns, as the grid says: word processors otherwise size them by their content.
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(java.util.Arrays.stream(widths).sum()));
        fill(table, 0, headings, widths, size, true, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table, r + 1, rows.get(r), widths, size, lastRowBold && r == rows.size() - 1, false);
        }
        paragraph(ParagraphAlignment.LEFT);
        return table;
    }

    private void fill(XWPFTable table, int row, List<String> values, int[] widths, int size, boolean bold,
            boolean header) {
        for (int c = 0; c < values.size(); c++) {
            XWPFTableCell cell = table.getRow(row).getCell(c);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(Integer.toString(widths[c]));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            boolean number = !header && values.get(c).matches("[0-9.,%–-]+");
            paragraph.setAlignment(header ? ParagraphAlignment.CENTER
                    : number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            run(paragraph, values.get(c), size, bold ? Face.BOLD : Face.REGULAR);
        }
    }

    /**
     * Two columns without borders: the header block (issuer and party) and the closing block (recipients
     * and signature) are laid out this way.
     */
    public XWPFTable twoColumns(int leftPercent) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        // The recipients and the signature stay together on one page.
        table.getRow(0).setCantSplitRow(true);
        table.setWidthType(TableWidthType.PCT);
        table.setWidth("100%");
        table.getRow(0).getCell(0).setWidth(leftPercent * 50 + "");
        table.getRow(0).getCell(0).setWidthType(TableWidthType.PCT);
        table.getRow(0).getCell(1).setWidth((100 - leftPercent) * 50 + "");
        table.getRow(0).getCell(1).setWidthType(TableWidthType.PCT);
        return table;
    }

    /** A line in a cell; the cell's first, empty paragraph is used before new ones are added. */
    public static XWPFRun line(XWPFTableCell cell, String text, int size, Face face, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        return run(paragraph, text, size, face);
    }

    public static void underline(XWPFRun run) {
        run.setUnderline(UnderlinePatterns.SINGLE);
    }

    public void write(OutputStream out) throws IOException {
        document.write(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, Face face) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(face == Face.BOLD || face == Face.BOLD_ITALIC);
        run.setItalic(face == Face.ITALIC || face == Face.BOLD_ITALIC);
        run.setText(text);
        return run;
    }
}
