package vn.xanh.intake.internal.form;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/**
 * Which template, unit and month a workbook is for: from its header fields (the template, when none is
 * named, from its table), each with the sentence that tells the clerk what to write when it is missing
 * or unknown.
 */
public final class Recognition {

    private Recognition() {
    }

    public static Template template(Catalog catalog, Map<HeaderReader.Field, HeaderReader.Value> header,
            Optional<DataTable> table, List<Problem> problems) {
        HeaderReader.Value named = header.get(HeaderReader.Field.TEMPLATE);
        if (named != null) {
            String id = named.text().strip().replaceAll("[\\s.:]+$", "");
            Optional<Template> template = catalog.template(id);
            if (template.isEmpty()) {
                problems.add(Problem.error(named.cell().sheet(), named.cell().ref(), null, "Mẫu biểu "
                        + Vietnamese.quoted(id)
                        + " không có. Các mẫu của xã: " + templateIds(catalog) + "."));
            }
            return template.orElse(null);
        }
        if (table.isEmpty()) {
            return null;
        }
        DataTable found = table.get();
        if (found.layout() != Template.Layout.FORM) {
            return catalog.templates().stream().filter(t -> t.layout() == found.layout()).findFirst().orElse(null);
        }
        List<String> codes = FormReader.codes(found.sheet(), (FormReader.Columns) found.columns());
        Optional<Template> best = catalog.templates().stream().filter(t -> t.layout() == Template.Layout.FORM)
                .max(Comparator.comparingLong(t -> codes.stream().filter(c -> t.metric(c).isPresent()).count()));
        if (best.isEmpty() || codes.stream().noneMatch(c -> best.get().metric(c).isPresent())) {
            problems.add(Problem.error(found.sheet().name(), null, null, "Không nhận ra mẫu biểu: không có ô “Mẫu số”"
                    + " và các mã số trong bảng không thuộc mẫu nào (" + templateIds(catalog) + ")."
                    + " Hãy ghi “Mẫu số: THON” (hoặc HTX, CHO, XA, SOHO) ở đầu biểu."));
            return null;
        }
        return best.get();
    }

    public static Unit unit(Catalog catalog, Map<HeaderReader.Field, HeaderReader.Value> header, Template template,
            SheetData main, List<Problem> problems) {
        HeaderReader.Value named = header.get(HeaderReader.Field.UNIT);
        if (named == null || named.text().isBlank()) {
            problems.add(Problem.error(main.name(), null, null, "Thiếu tên đơn vị báo cáo ở đầu biểu. Hãy ghi"
                    + " “Đơn vị báo cáo:” và tên " + template.unitKind().label() + ", ví dụ "
                    + Vietnamese.quoted(catalog.units().ofKind(template.unitKind()).get(0).name()) + "."));
            return null;
        }
        Optional<Unit> unit = catalog.units().find(template.senders(), named.text());
        if (unit.isEmpty()) {
            problems.add(Problem.error(named.cell().sheet(), named.cell().ref(), null, "Đơn vị "
                    + Vietnamese.quoted(named.text())
                    + " không có trong danh sách " + template.unitKind().label() + " của xã ("
                    + String.join(", ", catalog.units().ofKinds(template.senders()).stream().map(Unit::name).toList())
                    + "). Sửa tên cho đúng hoặc báo xã bổ sung vào danh sách."));
        }
        return unit.orElse(null);
    }

    public static YearMonth period(Clock clock, Map<HeaderReader.Field, HeaderReader.Value> header, SheetData main,
            List<Problem> problems) {
        HeaderReader.Value named = header.get(HeaderReader.Field.PERIOD);
        if (named == null) {
            problems.add(Problem.error(main.name(), null, null, "Thiếu kỳ báo cáo ở đầu biểu. Hãy ghi"
                    + " “Kỳ báo cáo: Tháng 11/2026”."));
            return null;
        }
        Optional<YearMonth> period = Periods.parse(named.cell()).or(() -> Periods.parse(named.text()));
        if (period.isEmpty()) {
            problems.add(Problem.error(named.cell().sheet(), named.cell().ref(), null, "Kỳ báo cáo "
                    + Vietnamese.quoted(named.text())
                    + " không rõ là tháng nào. Hãy ghi dạng “Tháng 11/2026” hoặc “11/2026”."));
            return null;
        }
        YearMonth now = YearMonth.now(clock);
        if (period.get().isAfter(now)) {
            problems.add(Problem.error(named.cell().sheet(), named.cell().ref(), null, "Kỳ báo cáo tháng "
                    + Periods.format(period.get()) + " chưa tới (tháng hiện tại là " + Periods.format(now)
                    + "). Kiểm tra lại tháng báo cáo."));
            return null;
        }
        return period.get();
    }

    /** "Không phát sinh: Có": the unit had nothing to report this month, which counts as reporting. */
    public static boolean nothingToReport(Map<HeaderReader.Field, HeaderReader.Value> header) {
        HeaderReader.Value value = header.get(HeaderReader.Field.NOTHING_TO_REPORT);
        return value != null && YesNo.parse(value.text()).orElse(false);
    }

    private static String templateIds(Catalog catalog) {
        return String.join(", ", catalog.templates().stream().map(Template::id).toList());
    }
}
