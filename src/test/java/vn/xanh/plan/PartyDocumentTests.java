package vn.xanh.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import vn.xanh.TestWorkbooks;
import vn.xanh.catalog.PlanDefinition.ReportFormat;
import vn.xanh.plan.internal.PartyDocument;
import vn.xanh.plan.internal.PartyDocument.Face;
import vn.xanh.plan.internal.ReportLayout;

/** The report's typography as Word and LibreOffice read it back: where a page may end, the page number's font. */
class PartyDocumentTests {

    static final ReportFormat FORMAT = TestWorkbooks.CATALOG.plan().report();

    @TempDir
    Path folder;

    @Test
    void theRecipientsAndTheSignatureAreKeptWithTheParagraphBeforeThem() throws IOException {
        // given: a body long enough to fill pages, then its last paragraph and the closing block
        Path file = folder.resolve("bao-cao.docx");
        try (PartyDocument doc = new PartyDocument(); OutputStream out = Files.newOutputStream(file)) {
            ReportLayout.header(doc, FORMAT, "quý III năm 2026");
            for (int i = 1; i <= 40; i++) {
                doc.text("Đoạn " + i + " của báo cáo, đủ dài để văn bản sang trang thứ hai và thứ ba.");
            }
            doc.officePlace("Văn phòng Đảng ủy bổ sung các nhiệm vụ khác của thời gian tới");
            ReportLayout.closing(doc, FORMAT);
            doc.pageBreak();
            doc.centred("PHỤ LỤC", 14, Face.BOLD);
            doc.write(out);
        }

        // when
        ReportDocx report = new ReportDocx(file);

        // then: the paragraph before the block goes with it, whole
        XWPFTable closing = report.document.getTables().get(1);
        assertThat(closing.getText()).contains("Nơi nhận:", FORMAT.signer());
        XWPFParagraph last = report.before(closing);
        assertThat(last.getText()).isEqualTo("[Văn phòng Đảng ủy bổ sung các nhiệm vụ khác của thời gian tới]");
        assertThat(last.isKeepNext()).isTrue();
        assertThat(ReportDocx.keepsLines(last)).isTrue();
        // the body above flows freely: only the block and its paragraph are held
        assertThat(report.document.getParagraphs().stream().filter(p -> p.getText().startsWith("Đoạn ")))
                .hasSize(40).noneMatch(XWPFParagraph::isKeepNext);
        // the block: its row never splits, each line kept with the one below it in its cell
        for (XWPFTableRow row : closing.getRows()) {
            assertThat(row.isCantSplitRow()).isTrue();
            row.getTableCells().forEach(cell -> {
                List<XWPFParagraph> lines = cell.getParagraphs();
                assertThat(lines).allMatch(ReportDocx::keepsLines);
                assertThat(lines.subList(0, lines.size() - 1)).allMatch(XWPFParagraph::isKeepNext);
            });
        }
        assertThat(closing.getRow(0).getCell(0).getParagraphs().get(0).getText()).isEqualTo("Nơi nhận:");
        assertThat(closing.getRow(0).getCell(1).getParagraphs()).hasSizeGreaterThan(4);
    }

    @Test
    void thePageNumberIsInTheDocumentsFontAndSize() throws IOException {
        // given
        Path file = folder.resolve("so-trang.docx");
        try (PartyDocument doc = new PartyDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.text("Một đoạn.");
            doc.write(out);
        }

        // when
        List<CTR> number = new ReportDocx(file).pageNumberRuns();

        // then: Times New Roman 14 pt for every script, as the body
        assertThat(number).isNotEmpty().allSatisfy(run -> {
            var fonts = run.getRPr().getRFontsArray(0);
            assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                    .containsOnly("Times New Roman");
            assertThat(run.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
        });
    }
}
