package vn.xanh.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.CatalogLoader;
import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Names;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.facts.Fact;
import vn.xanh.intake.SubmissionWorkbooks;
import vn.xanh.intake.SubmissionWorkbooks.OcopProduct;

/**
 * Writes every village's, cooperative's, market board's and office's monthly report, as their clerks fill them in
 * the templates of {@code jobs/}, improving month by month at each unit's pace ({@link FormValues}), and a village's
 * household register. The units are those of {@code jobs/units.yml}: the commune's own for {@code xanh demo}, or a
 * city of copies of them ({@link #forCity}) for {@code xanh bench}. Seeded: the same seed writes the same facts.
 */
public final class SubmissionGenerator {

    private static final String[] FAMILIES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai",
        "Nam", "Ngọc", "Phúc", "Quang", "Thảo", "Tuấn"};

    /** One unit's report for one month: its template, the unit that sent it, and the facts of its form. */
    public record Report(String templateId, String unitCode, YearMonth period, List<Fact> facts) {
    }

    /** What was written: the files, the reports they hold, and the spreadsheet rows in them. */
    public record Written(List<Path> files, List<Report> reports, long rows) {

        public List<Fact> facts() {
            return reports.stream().flatMap(r -> r.facts().stream()).toList();
        }
    }

    private final Path jobs;
    private final Catalog catalog;
    /** How many copies of the commune's units the catalogue holds: a unit's numbers follow its original's. */
    private final int communes;
    /** A city's clerks (the bench's) list no OCOP products, and one village report in ten comes as an Excel 2003 .xls. */
    private final boolean city;

    /** The commune's own units, as the demonstration's clerks send them: the cooperatives list their OCOP products. */
    public SubmissionGenerator(Catalog catalog) {
        this(null, catalog, 1, false);
    }

    private SubmissionGenerator(Path jobs, Catalog catalog, int communes, boolean city) {
        this.jobs = jobs;
        this.catalog = catalog;
        this.communes = communes;
        this.city = city;
    }

    /** Copies the commune's {@code jobs/} into {@code jobs} with {@code communes} times its units ({@link City}). */
    public static SubmissionGenerator forCity(Path communeJobs, Path jobs, int communes) throws IOException {
        City.write(communeJobs, jobs, communes);
        return new SubmissionGenerator(jobs, new CatalogLoader(jobs).load(), communes, true);
    }

    public Path jobs() {
        return jobs;
    }

    public Catalog catalog() {
        return catalog;
    }

    /**
     * Every unit's monthly report for the {@code months} months up to {@code last}, into {@code dir}; with no
     * {@code dir}, only the reports' facts (ten years of a city's history need no files).
     */
    public Written monthlyReports(Path dir, YearMonth last, int months, long seed) throws IOException {
        return monthlyReports(dir, last, months, seed, last.plusMonths(1).atEndOfMonth());
    }

    /** The same, each file dated as sent in the first week of the month after its own, but not after {@code latest}. */
    Written monthlyReports(Path dir, YearMonth last, int months, long seed, LocalDate latest) throws IOException {
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        long rows = 0;
        int villageReports = 0;
        if (dir != null) {
            Files.createDirectories(dir);
        }
        List<Unit> villages = catalog.units().ofKind(UnitKind.VILLAGE);
        List<Unit> cooperatives = catalog.units().ofKind(UnitKind.COOPERATIVE);
        for (int m = months - 1; m >= 0; m--) {
            YearMonth period = last.minusMonths(m);
            double progress = months == 1 ? 1 : (double) (months - 1 - m) / (months - 1);
            for (int v = 0; v < villages.size(); v++) {
                boolean old = city && villageReports++ % 10 == 0;
                Map<String, Object> values = FormValues.village(v % (villages.size() / communes), period, progress,
                        random);
                rows += form(dir, villages.get(v), period, values, null, old ? ".xls" : ".xlsx", files, reports, latest);
            }
            for (int c = 0; c < cooperatives.size(); c++) {
                int index = c % (cooperatives.size() / communes);
                rows += form(dir, cooperatives.get(c), period, FormValues.cooperative(index, progress),
                        city ? null : FormValues.ocop(index, progress), ".xlsx", files, reports, latest);
            }
            for (Unit board : catalog.units().ofKind(UnitKind.MARKET_BOARD)) {
                rows += markets(dir, board, period, progress, files, reports, latest);
            }
            for (Unit office : catalog.units().ofKind(UnitKind.OFFICE)) {
                rows += form(dir, office, period, FormValues.office(villages.size(), communes, period, progress), null,
                        ".xlsx", files, reports, latest);
            }
        }
        return new Written(files, reports, rows);
    }

    /** A village's household register of {@code households} rows, for {@code period}. */
    public Written register(Path dir, YearMonth period, int households, long seed) throws IOException {
        Random random = new Random(seed);
        Template template = template(UnitKind.VILLAGE, Template.Layout.HOUSEHOLD_REGISTER);
        Unit village = catalog.units().ofKind(UnitKind.VILLAGE).get(0);
        List<String> names = new ArrayList<>(households);
        List<boolean[]> answers = new ArrayList<>(households);
        int[] counts = new int[template.flags().size()];
        for (int h = 0; h < households; h++) {
            names.add(FAMILIES[random.nextInt(FAMILIES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)] + " " + (h + 1));
            boolean livestock = random.nextInt(100) < 30;
            boolean[] yes = {random.nextInt(100) < 92, random.nextInt(100) < 65, livestock,
                livestock && random.nextInt(100) < 55};
            for (int i = 0; i < counts.length; i++) {
                counts[i] += yes[i] ? 1 : 0;
            }
            answers.add(yes);
        }
        Path file = dir.resolve("so-ho-" + Names.fold(village.name()).replace(' ', '-') + "-" + period + ".xlsx");
        Files.createDirectories(dir);
        SubmissionWorkbooks.register(file, template, village.name(), period, names, answers);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(village.code(), period, template.totalMetric(), BigDecimal.valueOf(households)));
        for (int i = 0; i < counts.length; i++) {
            facts.add(new Fact(village.code(), period, template.flags().get(i).metric(), BigDecimal.valueOf(counts[i])));
        }
        // The header lines, the heading row and a row per household.
        return new Written(List.of(file), List.of(new Report(template.id(), village.code(), period, facts)),
                4L + 1 + households);
    }

    private int form(Path dir, Unit unit, YearMonth period, Map<String, Object> values, List<OcopProduct> ocop,
            String extension, List<Path> files, List<Report> reports, LocalDate latest) throws IOException {
        Template template = template(unit.kind(), Template.Layout.FORM);
        if (dir != null) {
            Path file = dir.resolve(fileName(unit, period) + extension);
            SubmissionWorkbooks.form(file, template, unit.name(), period, values, ocop);
            files.add(sentOn(file, period, 1 + Math.abs(unit.code().hashCode()) % 6, latest));
        }
        List<Fact> facts = new ArrayList<>();
        values.forEach((metric, value) -> facts.add(new Fact(unit.code(), period, metric,
                new BigDecimal(value.toString()))));
        reports.add(new Report(template.id(), unit.code(), period, facts));
        // Title, four header lines, the heading row, a row per metric, two signature lines.
        return 1 + 4 + 1 + template.metrics().size() + 2;
    }

    private int markets(Path dir, Unit board, YearMonth period, double progress, List<Path> files, List<Report> reports,
            LocalDate latest) throws IOException {
        Template template = template(board.kind(), Template.Layout.MARKET_ROWS);
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        List<Unit> markets = catalog.units().marketsOf(board.code());
        for (int i = 0; i < markets.size(); i++) {
            Map<String, Object> values = FormValues.market(i, progress);
            rows.put(markets.get(i).name(), values);
            for (Metric metric : template.metrics()) {
                facts.add(new Fact(markets.get(i).code(), period, metric.code(),
                        new BigDecimal(values.get(metric.code()).toString())));
            }
        }
        reports.add(new Report(template.id(), board.code(), period, facts));
        if (dir != null) {
            Path file = dir.resolve(fileName(board, period) + ".xlsx");
            SubmissionWorkbooks.markets(file, template, board.name(), period, rows);
            files.add(sentOn(file, period, 2, latest));
        }
        return 1 + 4 + 1 + rows.size() + 2;
    }

    /** The template this kind of unit fills in this layout. */
    Template template(UnitKind kind, Template.Layout layout) {
        return catalog.templates().stream().filter(t -> t.unitKind() == kind && t.layout() == layout).findFirst()
                .orElseThrow();
    }

    /** {@code thon_dong_2026-10}: a monthly report's file name, without its extension. */
    static String fileName(Unit unit, YearMonth period) {
        return unit.code().toLowerCase(Locale.ROOT) + "_" + period;
    }

    /** The file's time as if the clerk had sent it on that day of the following month, or on {@code latest} if sooner. */
    static Path sentOn(Path file, YearMonth period, int day, LocalDate latest) throws IOException {
        LocalDate sent = period.plusMonths(1).atDay(day);
        if (sent.isAfter(latest)) {
            sent = latest;
        }
        Files.setLastModifiedTime(file, FileTime.from(sent.atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant()));
        return file;
    }
}
