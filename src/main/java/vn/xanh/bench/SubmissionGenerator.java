package vn.xanh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.CatalogLoader;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.facts.Fact;
import vn.xanh.intake.SubmissionWorkbooks;

/**
 * Writes a city's worth of reports, the way its clerks fill them: for each commune-sized group eight
 * villages, two cooperatives, a market board with two markets; one office for the whole. Every number
 * comes from a {@link Random} seeded by the caller, so the same seed writes the same bytes' worth of
 * facts. One village report in ten is an Excel 2003 {@code .xls}, as old machines still send.
 *
 * <p>The units live in a {@code jobs/} folder of the generator's own (a copy of the commune's, with a
 * {@code units.yml} for the city), which the pipeline is pointed at to accept the files.
 */
public final class SubmissionGenerator {

    private static final String[] FAMILIES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Hữu"};

    /** One unit's report for one month: its template, the unit that sent it, and the facts in it. */
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

    private SubmissionGenerator(Path jobs, Catalog catalog) {
        this.jobs = jobs;
        this.catalog = catalog;
    }

    /**
     * Copies the commune's {@code jobs/} into {@code jobs} with the units of {@code communes} communes, and
     * returns a generator for them.
     */
    public static SubmissionGenerator forCity(Path communeJobs, Path jobs, int communes) throws IOException {
        Files.createDirectories(jobs);
        try (Stream<Path> files = Files.list(communeJobs)) {
            // The plan (plan.yml) names one commune's own organisations, which a city's registry does not have.
            for (Path file : files.filter(f -> f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().equals("plan.yml")).toList()) {
                Files.copy(file, jobs.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(jobs.resolve("units.yml"), CityUnits.yaml(communes));
        return new SubmissionGenerator(jobs, new CatalogLoader(jobs).load());
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
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        List<Report> facts = new ArrayList<>();
        long rows = 0;
        for (int m = months - 1; m >= 0; m--) {
            YearMonth period = last.minusMonths(m);
            double progress = months == 1 ? 1 : (double) (months - 1 - m) / (months - 1);
            List<Unit> villages = catalog.units().ofKind(UnitKind.VILLAGE);
            for (int v = 0; v < villages.size(); v++) {
                Unit village = villages.get(v);
                Map<String, Object> values = FormValues.village(v, progress, random);
                String extension = random.nextInt(10) == 0 ? ".xls" : ".xlsx";
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                rows += form(dir, "THON", village, period, values, extension, files, facts);
            }
            List<Unit> cooperatives = catalog.units().ofKind(UnitKind.COOPERATIVE);
            for (int c = 0; c < cooperatives.size(); c++) {
                rows += form(dir, "HTX", cooperatives.get(c), period, FormValues.cooperative(c, progress, random),
                        ".xlsx", files, facts);
            }
            for (Unit board : catalog.units().ofKind(UnitKind.MARKET_BOARD)) {
                rows += markets(dir, board, period, progress, random, files, facts);
            }
            for (Unit office : catalog.units().ofKind(UnitKind.OFFICE)) {
                rows += form(dir, "XA", office, period, FormValues.office(villages.size(), period, progress, random),
                        ".xlsx", files, facts);
            }
        }
        return new Written(files, facts, rows);
    }

    /** A village's household register of {@code households} rows, for {@code period}. */
    public Written register(Path dir, YearMonth period, int households, long seed) throws IOException {
        Random random = new Random(seed);
        Template template = template("SOHO");
        Unit village = catalog.units().ofKind(UnitKind.VILLAGE).get(0);
        List<String> names = new ArrayList<>(households);
        List<boolean[]> answers = new ArrayList<>(households);
        int[] counts = new int[template.flags().size()];
        for (int h = 0; h < households; h++) {
            names.add(FAMILIES[random.nextInt(FAMILIES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + CityUnits.PLACES[random.nextInt(CityUnits.PLACES.length)] + " " + (h + 1));
            boolean livestock = random.nextInt(100) < 30;
            boolean[] yes = {random.nextInt(100) < 92, random.nextInt(100) < 65, livestock,
                livestock && random.nextInt(100) < 55};
            for (int i = 0; i < counts.length; i++) {
                counts[i] += yes[i] ? 1 : 0;
            }
            answers.add(yes);
        }
        Path file = dir.resolve("so-ho-" + slug(village.name()) + "-" + period + ".xlsx");
        Files.createDirectories(dir);
        SubmissionWorkbooks.register(file, template, village.name(), period, names, answers);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(village.code(), period, template.totalMetric(), BigDecimal.valueOf(households)));
        for (int i = 0; i < counts.length; i++) {
            facts.add(new Fact(village.code(), period, template.flags().get(i).metric(), BigDecimal.valueOf(counts[i])));
        }
        // The header lines, the heading row and a row per household.
        return new Written(List.of(file), List.of(new Report("SOHO", village.code(), period, facts)),
                4L + 1 + households);
    }

    private int form(Path dir, String templateId, Unit unit, YearMonth period, Map<String, Object> values,
            String extension, List<Path> files, List<Report> reports) throws IOException {
        Template template = template(templateId);
        if (dir != null) {
            Path file = dir.resolve(unit.code().toLowerCase(Locale.ROOT) + "_" + period + extension);
            SubmissionWorkbooks.form(file, template, unit.name(), period, values, null);
            files.add(file);
        }
        List<Fact> facts = new ArrayList<>();
        values.forEach((metric, value) -> facts.add(new Fact(unit.code(), period, metric,
                new BigDecimal(value.toString()))));
        reports.add(new Report(templateId, unit.code(), period, facts));
        // Title, four header lines, the heading row, a row per metric, two signature lines.
        return 1 + 4 + 1 + template.metrics().size() + 2;
    }

    private int markets(Path dir, Unit board, YearMonth period, double progress, Random random, List<Path> files,
            List<Report> reports) throws IOException {
        Template template = template("CHO");
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (Unit market : catalog.units().marketsOf(board.code())) {
            int traders = 60 + random.nextInt(120);
            int qr = (int) (traders * (0.45 + 0.10 * progress));
            rows.put(market.name(), Map.of("TRADERS_TOTAL", traders, "TRADERS_QR", qr));
            facts.add(new Fact(market.code(), period, "TRADERS_TOTAL", BigDecimal.valueOf(traders)));
            facts.add(new Fact(market.code(), period, "TRADERS_QR", BigDecimal.valueOf(qr)));
        }
        reports.add(new Report("CHO", board.code(), period, facts));
        if (dir != null) {
            Path file = dir.resolve(board.code().toLowerCase(Locale.ROOT) + "_" + period + ".xlsx");
            SubmissionWorkbooks.markets(file, template, board.name(), period, rows);
            files.add(file);
        }
        return 1 + 4 + 1 + rows.size() + 2;
    }

    private Template template(String id) {
        return catalog.template(id).orElseThrow();
    }

    private static String slug(String name) {
        return vn.xanh.catalog.Names.fold(name).replace(' ', '-');
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
