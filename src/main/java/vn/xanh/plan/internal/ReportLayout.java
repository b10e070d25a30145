package vn.xanh.plan.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

import vn.xanh.plan.internal.PartyDocument.Face;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.PlanDefinition.ReportFormat;
import vn.xanh.indicators.calc.IndicatorResult;

/**
 * The fixed parts of the report, their words from {@code jobs/plan.yml}: the header block, the title,
 * "Nơi nhận" with the signature, and the appendix table of the targets.
 */
public final class ReportLayout {

    private ReportLayout() {
    }

    public static void header(PartyDocument doc, ReportFormat format, String periodLabel) {
        XWPFTable top = doc.twoColumns(54);
        var left = top.getRow(0).getCell(0);
        var right = top.getRow(0).getCell(1);
        List<String> issuer = format.issuer();
        for (int i = 0; i < issuer.size(); i++) {
            // The superior body in 13 pt so that "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" keeps to one line; the issuer bold.
            boolean own = i == issuer.size() - 2 || issuer.size() == 1;
            PartyDocument.line(left, issuer.get(i), own || i == issuer.size() - 1 ? 14 : 13,
                    own ? Face.BOLD : Face.REGULAR, ParagraphAlignment.CENTER);
        }
        PartyDocument.line(left, format.number(), 14, Face.REGULAR, ParagraphAlignment.CENTER);
        PartyDocument.underline(PartyDocument.line(right, format.party(), 15, Face.BOLD, ParagraphAlignment.CENTER));
        PartyDocument.line(right, "", 14, Face.REGULAR, ParagraphAlignment.CENTER);
        PartyDocument.line(right, format.place() + ", ngày … tháng … năm …", 14, Face.ITALIC,
                ParagraphAlignment.RIGHT);
        doc.centred("", 14, Face.REGULAR);
        doc.centred(format.title(), 16, Face.BOLD);
        doc.centred(format.summary().replace("{ky}", periodLabel), 14, Face.BOLD);
        doc.centred("-----", 14, Face.REGULAR);
    }

    public static void closing(PartyDocument doc, ReportFormat format) {
        Pagination.keepLastWithNext(doc.document());
        XWPFTable end = doc.twoColumns(50);
        var left = end.getRow(0).getCell(0);
        var right = end.getRow(0).getCell(1);
        PartyDocument.underline(PartyDocument.line(left, "Nơi nhận:", 12, Face.BOLD_ITALIC,
                ParagraphAlignment.LEFT));
        for (String recipient : format.recipients()) {
            PartyDocument.line(left, "- " + recipient, 11, Face.REGULAR, ParagraphAlignment.LEFT);
        }
        PartyDocument.line(right, format.signatureFor(), 14, Face.BOLD, ParagraphAlignment.CENTER);
        PartyDocument.line(right, format.signatureTitle(), 14, Face.BOLD, ParagraphAlignment.CENTER);
        for (int i = 0; i < 4; i++) {
            PartyDocument.line(right, "", 14, Face.REGULAR, ParagraphAlignment.CENTER);
        }
        PartyDocument.line(right, format.signer(), 14, Face.BOLD, ParagraphAlignment.CENTER);
        Pagination.keepTogether(end);
    }

    public static void appendix(PartyDocument doc, ReportData data) {
        doc.pageBreak();
        doc.centred("PHỤ LỤC", 14, Face.BOLD);
        doc.centred("Kết quả thực hiện các chỉ tiêu chuyển đổi xanh đến hết " + data.period().label(), 14,
                Face.BOLD);
        doc.centred("(Kèm theo Báo cáo số      -BC/ĐU ngày … tháng … năm … của Ban Thường vụ Đảng ủy)", 13,
                Face.ITALIC);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Indicator indicator : data.catalog().indicators()) {
            IndicatorResult r = data.results().stream().filter(x -> x.code().equals(indicator.code())).findFirst()
                    .orElse(null);
            rows.add(List.of(Integer.toString(n++), indicator.code(), indicator.name(),
                    Words.target(indicator), r == null ? "–" : Words.value(indicator, r.measured().value()),
                    r == null || r.progress().attainment() == null ? "–" : Words.number(r.progress().attainment()) + "%",
                    r == null ? "Chưa có số liệu" : r.status().label(),
                    r == null ? "–" : Words.value(indicator, r.outlook().projection())));
        }
        int year = data.catalog().targetYear();
        doc.table(List.of("STT", "Mã", "Chỉ tiêu", "Mục tiêu " + year, "Giá trị", "Mức đạt", "Tình trạng", "Dự báo " + year),
                rows, new int[] {700, 850, 2600, 1050, 1000, 850, 1300, 1000}, 11, false);
    }
}
