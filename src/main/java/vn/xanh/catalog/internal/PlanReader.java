package vn.xanh.catalog.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.xanh.catalog.ActivityLog;
import vn.xanh.catalog.PlanDefinition;
import vn.xanh.catalog.PlanDefinition.Expectation;
import vn.xanh.catalog.PlanDefinition.Frequency;
import vn.xanh.catalog.UnitKind;
import vn.xanh.catalog.UnitRegistry;

/** Reads {@code jobs/plan.yml}: the plan's expectations, checked against the units and forms that exist. */
public final class PlanReader {

    private PlanReader() {
    }

    public static PlanDefinition read(YamlNode root, UnitRegistry units, ActivityLog log) {
        YearMonth start = month(root.required("start"));
        List<Expectation> expectations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlNode node : root.optionalList("expectations")) {
            String code = node.text("code");
            if (!codes.add(code)) {
                throw node.problem("mã yêu cầu '" + code + "' bị trùng");
            }
            YamlNode who = node.required("who");
            List<UnitKind> kinds = who.optional("kinds").isPresent() ? who.words("kinds").stream()
                    .map(key -> kind(who.required("kinds"), key)).toList() : List.of();
            List<String> named = who.optional("units").isPresent() ? who.words("units") : List.of();
            for (String unit : named) {
                if (units.byCode(unit).isEmpty()) {
                    throw who.required("units").problem("đơn vị '" + unit + "' không có trong units.yml");
                }
            }
            if (kinds.isEmpty() && named.isEmpty()) {
                throw who.problem("cần 'kinds' (loại đơn vị) hoặc 'units' (mã đơn vị)");
            }
            String form = node.text("form");
            if (log == null || log.form(form).isEmpty()) {
                throw node.required("form").problem("hình thức '" + form + "' không có trong mẫu HOATDONG của"
                        + " templates.yml");
            }
            Frequency every = node.required("every").choice(key -> switch (key) {
                case "month" -> Frequency.MONTH;
                case "quarter" -> Frequency.QUARTER;
                case "year" -> Frequency.YEAR;
                case "once" -> Frequency.ONCE;
                default -> null;
            }, "month, quarter, year, once");
            YearMonth by = node.optional("by").map(PlanReader::month).orElse(null);
            if (every == Frequency.ONCE && by == null) {
                throw node.problem("yêu cầu làm một lần ('every: once') cần hạn 'by', ví dụ by: 2026-03");
            }
            int atLeast = node.optional("at_least").isPresent() ? (int) node.number("at_least") : 1;
            expectations.add(new Expectation(code, node.text("name"), node.optionalText("seed").orElse(""), kinds,
                    named, form, every, atLeast, by));
        }
        YamlNode report = root.required("report");
        YamlNode signature = report.required("signature");
        List<String> leadership = root.optional("leadership").isPresent() ? root.words("leadership") : List.of();
        for (String unit : leadership) {
            if (units.byCode(unit).isEmpty()) {
                throw root.required("leadership").problem("đơn vị '" + unit + "' không có trong units.yml");
            }
        }
        return new PlanDefinition(start, leadership, expectations, new PlanDefinition.ReportFormat(
                report.words("issuer"), report.text("party"), report.text("number"), report.text("place"),
                report.text("title"), report.text("summary"), report.text("opening"), signature.text("for"),
                signature.text("title"),
                signature.optionalText("name").orElse(""), report.words("recipients")));
    }

    private static UnitKind kind(YamlNode node, String key) {
        UnitKind kind = UnitKind.fromKey(key);
        if (kind == null) {
            throw node.problem("loại đơn vị '" + key + "' không có; dùng: to_chuc, chi_bo, office, village");
        }
        return kind;
    }

    private static YearMonth month(YamlNode node) {
        try {
            return YearMonth.parse(node.text());
        }
        catch (DateTimeParseException e) {
            throw node.problem("tháng '" + node.text() + "' phải viết dạng năm-tháng, ví dụ 2026-03");
        }
    }
}
