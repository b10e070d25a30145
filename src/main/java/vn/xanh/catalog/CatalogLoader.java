package vn.xanh.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;

import vn.xanh.catalog.internal.ActivityLogReader;
import vn.xanh.catalog.internal.ChannelsReader;
import vn.xanh.catalog.internal.IndicatorsReader;
import vn.xanh.catalog.internal.PlanReader;
import vn.xanh.catalog.internal.YamlFiles;
import vn.xanh.catalog.internal.YamlNode;

/**
 * Reads {@code jobs/*.yml} and checks that the pieces agree: every indicator's metrics exist and come
 * from the indicator's kind of unit, every paired check names a real metric, no code is used twice.
 */
public final class CatalogLoader {

    private final Path dir;

    public CatalogLoader(Path dir) {
        this.dir = dir;
    }

    public Catalog load() {
        YamlNode units = YamlFiles.read(dir.resolve("units.yml"));
        YamlNode templates = YamlFiles.read(dir.resolve("templates.yml"));
        YamlNode indicators = YamlFiles.read(dir.resolve("indicators.yml"));
        YamlNode digest = YamlFiles.read(dir.resolve("digest.yml"));
        YamlNode schedule = YamlFiles.read(dir.resolve("schedule.yml"));
        YamlNode channels = YamlFiles.read(dir.resolve("kenh.yml"));

        YamlNode communeNode = units.required("commune");
        Commune commune = new Commune(communeNode.text("name"), communeNode.optionalText("province").orElse(""));
        UnitRegistry registry = new UnitRegistry(readUnits(units));
        List<Template> templateList = readTemplates(templates);
        HeaderFields headerFields = readHeaderFields(templates.required("header_fields"));
        Map<String, Metric> metrics = checkMetrics(templates, templateList);
        int targetYear = (int) indicators.number("target_year");
        List<Indicator> indicatorList = IndicatorsReader.read(indicators, metrics, templateList);
        // plan.yml is optional: a commune that does not yet track its plan's activities runs without it.
        Path planFile = dir.resolve("plan.yml");
        ActivityLog log = templateList.stream().map(Template::activityLog).filter(Objects::nonNull)
                .findFirst().orElse(null);
        PlanDefinition plan = Files.exists(planFile)
                ? PlanReader.read(YamlFiles.read(planFile), registry, log)
                : new PlanDefinition(YearMonth.of(targetYear, 1), List.of(), List.of(), null);
        return new Catalog(commune, targetYear, indicatorList, headerFields, templateList, registry,
                readDigest(digest), readSchedule(schedule), ChannelsReader.read(channels, indicatorList, log), plan);
    }

    private static List<Unit> readUnits(YamlNode root) {
        List<Unit> units = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<String, UnitKind> sections = Map.of("villages", UnitKind.VILLAGE, "cooperatives", UnitKind.COOPERATIVE,
                "market_boards", UnitKind.MARKET_BOARD, "offices", UnitKind.OFFICE, "organisations", UnitKind.TO_CHUC,
                "party_cells", UnitKind.CHI_BO);
        for (String section : List.of("villages", "cooperatives", "market_boards", "offices", "organisations",
                "party_cells")) {
            for (YamlNode node : root.optionalList(section)) {
                Unit unit = readUnit(node, sections.get(section), null, codes);
                units.add(unit);
                for (YamlNode market : node.optionalList("markets")) {
                    units.add(readUnit(market, UnitKind.MARKET, unit.code(), codes));
                }
            }
        }
        if (units.stream().noneMatch(u -> u.kind() == UnitKind.VILLAGE)) {
            throw root.problem("danh sách đơn vị chưa có thôn nào (khóa 'villages')");
        }
        return units;
    }

    private static Unit readUnit(YamlNode node, UnitKind kind, String parent, Set<String> codes) {
        String code = node.text("code");
        if (!codes.add(code)) {
            throw node.problem("mã đơn vị '" + code + "' bị trùng");
        }
        List<String> aliases = node.optional("aliases").isPresent() ? node.words("aliases") : List.of();
        List<String> emails = node.optional("email").isPresent() ? node.words("email") : List.of();
        for (String email : emails) {
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw node.required("email").problem("địa chỉ thư '" + email + "' không đúng dạng ten@mien.vn");
            }
        }
        boolean forAll = node.optional("submits_for").map(value -> value.choice(v -> v.equals("all") ? true : null,
                "all (gửi thay mọi đơn vị)")).orElse(false);
        return new Unit(code, Names.nfc(node.text("name")), kind, parent, aliases,
                emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList(), forAll);
    }

    private static HeaderFields readHeaderFields(YamlNode node) {
        return new HeaderFields(node.words("template"), node.words("unit"), node.words("period"),
                node.words("preparer"), node.words("nothing_to_report"));
    }

    private static List<Template> readTemplates(YamlNode root) {
        List<Template> templates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode node : root.list("templates")) {
            String id = node.text("id").toUpperCase(Locale.ROOT);
            if (!ids.add(id)) {
                throw node.problem("mã mẫu '" + id + "' bị trùng");
            }
            YamlNode kindNode = node.required("unit_kind");
            List<UnitKind> senders = node.words("unit_kind").stream().map(key -> {
                UnitKind sender = UnitKind.fromKey(key);
                if (sender == null) {
                    throw kindNode.problem("loại đơn vị '" + key + "' không hợp lệ; chỉ được dùng: village,"
                            + " cooperative, market_board, office, to_chuc, chi_bo");
                }
                return sender;
            }).toList();
            UnitKind kind = senders.get(0);
            Template.Layout layout = node.required("layout").choice(key -> switch (key) {
                case "form" -> Template.Layout.FORM;
                case "market_rows" -> Template.Layout.MARKET_ROWS;
                case "household_register" -> Template.Layout.HOUSEHOLD_REGISTER;
                case "activity_log" -> Template.Layout.ACTIVITY_LOG;
                default -> null;
            }, "form, market_rows, household_register, activity_log");
            List<Metric> metrics = node.optionalList("metrics").stream().map(CatalogLoader::readMetric).toList();
            Template.OcopTable ocop = node.optional("ocop").map(o -> new Template.OcopTable(o.text("title"),
                    o.words("name_column"), o.words("green_column"), readMetric(o.required("products_metric")),
                    readMetric(o.required("green_metric")))).orElse(null);
            List<String> rowUnitColumn = node.optional("row_unit_column").isPresent() ? node.words("row_unit_column")
                    : List.of();
            List<String> nameColumn = node.optional("name_column").isPresent() ? node.words("name_column") : List.of();
            List<Template.Flag> flags = node.optionalList("flags").stream()
                    .map(f -> new Template.Flag(f.words("column"), f.text("metric"))).toList();
            if (layout == Template.Layout.FORM && metrics.isEmpty()
                    || layout == Template.Layout.MARKET_ROWS && (metrics.isEmpty() || rowUnitColumn.isEmpty())
                    || layout == Template.Layout.HOUSEHOLD_REGISTER && (flags.isEmpty() || nameColumn.isEmpty())) {
                throw node.problem("mẫu '" + id + "' thiếu phần mô tả bảng số liệu cho kiểu '"
                        + node.text("layout") + "'");
            }
            ActivityLog activityLog = layout == Template.Layout.ACTIVITY_LOG ? ActivityLogReader.read(node) : null;
            templates.add(new Template(id, node.text("name"), kind, layout, metrics, ocop, rowUnitColumn, nameColumn,
                    node.optionalText("total_metric").orElse(null), flags, senders, activityLog));
        }
        return templates;
    }

    private static Metric readMetric(YamlNode node) {
        MetricKind kind = node.required("kind").choice(
                key -> key.equals("stock") ? MetricKind.STOCK : key.equals("flow") ? MetricKind.FLOW : null,
                "stock, flow");
        return new Metric(node.text("code"), node.text("label"), node.text("unit"), kind, node.flag("whole"),
                node.optionalText("at_most").orElse(null), node.flag("households"));
    }

    /** Metric codes are unique across templates, and every paired check and register flag names one. */
    private static Map<String, Metric> checkMetrics(YamlNode root, List<Template> templates) {
        Map<String, Metric> metrics = new java.util.LinkedHashMap<>();
        List<YamlNode> templateNodes = root.list("templates");
        for (int i = 0; i < templates.size(); i++) {
            Template template = templates.get(i);
            List<Metric> own = new ArrayList<>(template.metrics());
            if (template.ocop() != null) {
                own.add(template.ocop().productsMetric());
                own.add(template.ocop().greenMetric());
            }
            for (Metric metric : own) {
                if (metrics.putIfAbsent(metric.code(), metric) != null) {
                    throw templateNodes.get(i).problem("mã số '" + metric.code() + "' đã có ở mẫu khác: mỗi số liệu"
                            + " chỉ do một loại đơn vị báo cáo");
                }
            }
        }
        for (int i = 0; i < templates.size(); i++) {
            Template template = templates.get(i);
            YamlNode node = templateNodes.get(i);
            for (Metric metric : metrics.values()) {
                if (metric.atMost() != null && !metrics.containsKey(metric.atMost())) {
                    throw node.problem("'at_most: " + metric.atMost() + "' của '" + metric.code()
                            + "' không phải mã số nào");
                }
            }
            for (Template.Flag flag : template.flags()) {
                if (!metrics.containsKey(flag.metric())) {
                    throw node.problem("cột '" + flag.column().get(0) + "' đếm vào mã số '" + flag.metric()
                            + "' không có trong các mẫu");
                }
            }
            if (template.totalMetric() != null && !metrics.containsKey(template.totalMetric())) {
                throw node.problem("'total_metric: " + template.totalMetric() + "' không phải mã số nào");
            }
        }
        return metrics;
    }

    private static DigestSettings readDigest(YamlNode root) {
        List<Recipient> recipients = new ArrayList<>();
        for (YamlNode node : root.list("recipients")) {
            String email = node.text("email");
            if (!email.matches("[^@\\s]+@[^@\\s]+")) {
                throw node.problem("địa chỉ thư '" + email + "' không hợp lệ");
            }
            recipients.add(new Recipient(node.text("role"), node.optionalText("name").orElse(node.text("role")),
                    email, node.flag("attachment")));
        }
        return new DigestSettings(root.text("from"), recipients);
    }

    private static Schedule readSchedule(YamlNode root) {
        String cron = root.text("cron");
        if (!CronExpression.isValidExpression(cron)) {
            throw root.required("cron").problem("lịch chạy '" + cron + "' không đúng dạng cron 6 trường"
                    + " (giây phút giờ ngày tháng thứ), ví dụ \"0 0 2 * * *\"");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(root.text("time_zone"));
        }
        catch (DateTimeException e) {
            throw root.required("time_zone").problem("múi giờ '" + root.text("time_zone") + "' không hợp lệ");
        }
        int deadline = (int) root.number("report_deadline_day");
        if (deadline < 1 || deadline > 28) {
            throw root.required("report_deadline_day").problem("hạn nộp phải là một ngày từ 1 đến 28");
        }
        YamlNode tolerance = root.required("tolerance");
        Schedule.Reminders reminders = root.optional("reminders")
                .map(node -> new Schedule.Reminders((int) node.number("days_before"), (int) node.number("days_after")))
                .orElse(Schedule.Reminders.NONE);
        if (reminders.daysBefore() < 0 || reminders.daysAfter() < 0) {
            throw root.required("reminders").problem("số ngày nhắc phải từ 0 trở lên");
        }
        int closeDay = root.optional("close_day").map(node -> (int) node.number()).orElse(Schedule.DEFAULT_CLOSE_DAY);
        if (closeDay < 1 || closeDay > 28) {
            throw root.required("close_day").problem("ngày chốt số liệu phải là một ngày từ 1 đến 28");
        }
        return new Schedule(cron, zone, deadline, tolerance.number("percent_points"), tolerance.number("relative"),
                reminders, closeDay);
    }

}
