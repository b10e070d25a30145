package vn.xanh.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import vn.xanh.catalog.Direction;
import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.UnitKind;

/** Reads {@code jobs/indicators.yml}, checking every metric an indicator uses against the templates. */
public final class IndicatorsReader {

    private IndicatorsReader() {
    }

    public static List<Indicator> read(YamlNode root, Map<String, Metric> metrics,
            List<Template> templates) {
        List<Indicator> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlNode node : root.list("indicators")) {
            String code = node.text("code");
            if (!codes.add(code)) {
                throw node.problem("mã chỉ tiêu '" + code + "' bị trùng");
            }
            String numerator = node.optionalText("numerator").orElse(null);
            String denominator = node.optionalText("denominator").orElse(null);
            String metric = node.optionalText("metric").orElse(null);
            if ((numerator == null) != (denominator == null) || (numerator == null) == (metric == null)) {
                throw node.problem("chỉ tiêu '" + code + "' cần hoặc 'numerator' và 'denominator', hoặc 'metric'");
            }
            UnitKind source = node.required("source").choice(UnitKind::fromKey,
                    "village, cooperative, market, office");
            Direction direction = node.required("direction").choice(key -> switch (key) {
                case "at_least" -> Direction.AT_LEAST;
                case "at_most" -> Direction.AT_MOST;
                default -> null;
            }, "at_least, at_most");
            Indicator.Baseline baseline = node.optional("baseline")
                    .map(b -> new Indicator.Baseline(b.number("value"), b.required("date").date())).orElse(null);
            Indicator.Check check = node.optional("check").map(c -> new Indicator.Check(c.text("metric"),
                    c.number("at_least"), c.text("message"))).orElse(null);
            Indicator.Formula formula = metric != null ? new Indicator.Formula.Sum(metric)
                    : new Indicator.Formula.Ratio(numerator, denominator);
            Indicator.Goal goal = new Indicator.Goal(node.number("target"), direction, node.flag("maintain"),
                    milestones(node, root));
            Indicator indicator = new Indicator(code, node.text("name"), node.optionalText("group").orElse(""),
                    node.text("unit"), source, formula, goal, baseline, check);
            List<String> used = new ArrayList<>(indicator.metrics());
            if (check != null) {
                used.add(check.metric());
            }
            for (String used1 : used) {
                if (!metrics.containsKey(used1)) {
                    throw node.problem("chỉ tiêu '" + code + "' dùng mã số '" + used1
                            + "' không có trong templates.yml");
                }
                UnitKind reporter = reporterKind(used1, templates);
                UnitKind expected = source == UnitKind.MARKET ? UnitKind.MARKET_BOARD : source;
                if (reporter != expected) {
                    throw node.problem("chỉ tiêu '" + code + "' lấy số liệu từ " + source.label() + " nhưng mã số '"
                            + used1 + "' do " + reporter.label() + " báo cáo");
                }
            }
            indicators.add(indicator);
        }
        return indicators;
    }

    /** Values to reach by the end of the years before the target year, such as {@code 2027: 70}. */
    private static SortedMap<Integer, Double> milestones(YamlNode indicator, YamlNode root) {
        SortedMap<Integer, Double> milestones = new TreeMap<>();
        int targetYear = (int) root.number("target_year");
        for (Map.Entry<String, YamlNode> entry : indicator.optional("milestones").map(YamlNode::entries)
                .orElse(List.of())) {
            int year;
            try {
                year = Integer.parseInt(entry.getKey());
            }
            catch (NumberFormatException e) {
                throw entry.getValue().problem("mốc '" + entry.getKey() + "' phải là một năm, ví dụ 2027: 70");
            }
            if (year >= targetYear) {
                throw entry.getValue().problem("mốc năm " + year + " phải trước năm mục tiêu " + targetYear);
            }
            milestones.put(year, entry.getValue().number());
        }
        return milestones;
    }

    private static UnitKind reporterKind(String metric, List<Template> templates) {
        return templates.stream()
                .filter(t -> t.metric(metric).isPresent() || t.ocop() != null
                        && (t.ocop().productsMetric().code().equals(metric)
                                || t.ocop().greenMetric().code().equals(metric)))
                .map(Template::unitKind).findFirst().orElseThrow();
    }
}
