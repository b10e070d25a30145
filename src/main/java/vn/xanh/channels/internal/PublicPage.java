package vn.xanh.channels.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.xanh.catalog.Channels;
import vn.xanh.facts.GreenModel;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Point;
import vn.xanh.indicators.calc.Status;
import vn.xanh.report.ReportFiles;
import vn.xanh.report.StatusColors;
import vn.xanh.report.TrendChart;
import vn.xanh.system.Vietnamese;

/**
 * The public progress page: {@code index.html} with the targets grouped by field, a page per target with
 * its trend chart, a page of the models; written from {@code templates/cong-khai/} into a folder.
 */
public final class PublicPage {

    public static final String STYLE = "kieu.css";
    public static final String OG_PICTURE = "og.png";

    private final ITemplateEngine templates;

    public PublicPage(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param drawn the report's charts of the same date, copied when there (the same picture, drawn once);
     *     null to draw every chart here
     */
    public void write(Path dir, Figures figures, ReportFiles drawn) throws IOException {
        PageView view = view(figures);
        Files.writeString(dir.resolve("index.html"), render("cong-khai/index", view, null, figures), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("mo-hinh.html"), render("cong-khai/mo-hinh", view, null, figures), StandardCharsets.UTF_8);
        LocalDate planEnd = LocalDate.of(figures.catalog().targetYear(), 12, 31);
        for (PageView.Group group : view.groups()) {
            for (PageView.Card card : group.cards()) {
                Files.writeString(dir.resolve(card.page()), render("cong-khai/chi-tieu", view, card, figures),
                        StandardCharsets.UTF_8);
                Path chart = dir.resolve(card.chart());
                if (drawn != null && Files.isRegularFile(drawn.trendChart(card.code()))) {
                    Files.copy(drawn.trendChart(card.code()), chart, StandardCopyOption.REPLACE_EXISTING);
                }
                else {
                    Figures.Target target = figures.target(card.code()).orElseThrow();
                    TrendChart.write(chart, target.indicator(), target.result(), target.history(), planEnd);
                }
            }
        }
        try (InputStream style = PublicPage.class.getResourceAsStream("/templates/cong-khai/" + STYLE)) {
            Files.copy(style, dir.resolve(STYLE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String render(String template, PageView view, PageView.Card card, Figures figures) {
        Context context = new Context(Vietnamese.LOCALE);
        context.setVariable("view", view);
        context.setVariable("card", card);
        context.setVariable("targetYear", figures.catalog().targetYear());
        return templates.process(template, context);
    }

    static PageView view(Figures figures) {
        Map<String, List<PageView.Card>> groups = new LinkedHashMap<>();
        for (Figures.Target target : figures.targets()) {
            groups.computeIfAbsent(target.indicator().group(), g -> new ArrayList<>()).add(card(target));
        }
        Channels channels = figures.channels();
        String url = channels.publicUrl().toString();
        return new PageView(figures.catalog().commune().name(), figures.communeInText(),
                figures.catalog().commune().province(),
                Vietnamese.month(figures.month()), Vietnamese.date(figures.asOf()),
                figures.onCourse(), figures.targets().size(), url, channels.publicUrl().resolve(OG_PICTURE).toString(),
                java.util.Arrays.stream(Status.values()).sorted(java.util.Comparator.comparing(s -> s == Status.KHONG_DU_LIEU))
                        .map(s -> new PageView.Legend(s.label(), StatusColors.hex(s))).toList(),
                groups.entrySet().stream().map(e -> new PageView.Group(e.getKey(), e.getValue())).toList(),
                figures.models().stream().map(m -> model(figures, m)).toList());
    }

    /** A value not yet judged is the baseline itself: the month it is from goes with it. */
    private static String valueAndMonth(Figures.Target target) {
        String value = Shown.value(target);
        LocalDate from = target.result() == null ? null : target.result().baselineOnly().orElse(null);
        return value == null || from == null ? value : value + " (tháng " + Vietnamese.month(from) + ")";
    }

    private static PageView.Card card(Figures.Target target) {
        String code = target.indicator().code();
        String file = code.toLowerCase(Locale.ROOT);
        IndicatorResult r = target.result();
        List<PageView.MonthValue> history = target.history() == null ? List.of()
                : target.history().stream().map(p -> new PageView.MonthValue(month(p), Shown.amount(p.value(), target.indicator())))
                        .toList();
        PageView.Badge status = new PageView.Badge(target.status().label(), target.status().name(),
                StatusColors.hex(target.status()));
        PageView.Reading reading = new PageView.Reading(valueAndMonth(target), Shown.targetWithDirection(target),
                (int) Math.round(target.progress()),
                r == null || r.progress().trajectory() == null ? null
                        : Shown.amount(r.progress().trajectory(), target.indicator()),
                r == null ? null : r.outlook().forecast().label(),
                r == null ? null : r.measured().unitsReporting() + "/" + r.measured().unitsExpected());
        return new PageView.Card(code, target.indicator().name(), "chi-tieu-" + file + ".html",
                "bieu-do-" + file + ".png", status, reading, gain(target),
                new PageView.Trend(Sparkline.of(target.history(), target.indicator().goal().target()), history));
    }

    /** The gain still needed each year, none when there is none to make or nothing to compute it from. */
    private static PageView.Gain gain(Figures.Target target) {
        Double perYear = target.result() == null ? null : target.result().outlook().gainPerYear();
        return perYear == null || perYear == 0 ? null : new PageView.Gain(perYear > 0,
                Vietnamese.number(Math.abs(perYear), 1), target.indicator().isPercent(), target.indicator().unit());
    }

    private static String month(Point point) {
        YearMonth month = YearMonth.from(point.date());
        return "T" + Vietnamese.month(month);
    }

    /** A model by its type, its name unless it names a person, and its village (never the workbook's place). */
    private static PageView.ModelLine model(Figures figures, GreenModel model) {
        PublicModels.Named named = PublicModels.of(figures, model);
        return new PageView.ModelLine(named.type(), named.name(), named.village(),
                model.recognisedOn() == null ? null : Vietnamese.date(model.recognisedOn()),
                Vietnamese.month(model.reportedFor()));
    }
}
