package vn.xanh.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Names;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.intake.SubmissionWorkbooks;

/**
 * Writes twelve closed months of reports for every village, cooperative, market board and the commune office
 * ({@link SubmissionGenerator}), the organisations' activity logs ({@link DemoActivities}), and a handful of files with
 * the mistakes clerks really make. Seeded, so every demonstration shows the same numbers.
 */
@Component
public class DemoSubmissions {

    static final int MONTHS = 12;
    private static final long SEED = 2030;

    private final Catalog catalog;
    private final SubmissionGenerator generator;

    public DemoSubmissions(Catalog catalog) {
        this.catalog = catalog;
        this.generator = new SubmissionGenerator(catalog);
    }

    /** Writes the sample into {@code input}; returns the files written. */
    public List<Path> write(Path input, LocalDate today) throws IOException {
        LocalDate latest = today.minusDays(1);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        List<Path> files = new ArrayList<>(generator.monthlyReports(input, last, MONTHS, SEED, latest).files());
        files.addAll(flawed(input, last, latest));
        if (catalog.activityLogTemplate().isPresent()) {
            List<YearMonth> months = new ArrayList<>();
            for (int i = 0; i < MONTHS; i++) {
                months.add(last.minusMonths(MONTHS - 1L - i));
            }
            for (DemoActivities.Sent sent : new DemoActivities(catalog).write(input, months)) {
                files.add(SubmissionGenerator.sentOn(sent.file(), sent.period(), sent.day(), latest));
            }
        }
        return files;
    }

    /**
     * The mistakes clerks really make, each of which the digest must explain, by villages of the registry: the
     * fourth's form with a part above its whole, a village that is not in the registry, the first's report sent
     * twice, the third's correction with its name typed carelessly, the fifth's photograph of a paper report.
     */
    private List<Path> flawed(Path input, YearMonth last, LocalDate latest) throws IOException {
        List<Unit> villages = catalog.units().ofKind(UnitKind.VILLAGE);
        Template form = generator.template(UnitKind.VILLAGE, Template.Layout.FORM);
        List<Path> files = new ArrayList<>();
        String bac = Names.unaccented(villages.get(3 % villages.size()).name());
        Map<String, Object> partOverWhole = new LinkedHashMap<>(Map.of("HH_TOTAL", 410, "HH_CLEAN_WATER", 4100,
                "WASTE_GENERATED_T", "26,5 tấn", "WASTE_TREATED_T", 22.0));
        Path bacFile = input.resolve("Bao cao " + bac + " T" + last.getMonthValue() + "-" + last.getYear() + " (sua).xlsx");
        SubmissionWorkbooks.form(bacFile, form, bac.toUpperCase(Locale.ROOT), last, partOverWhole, null);
        files.add(SubmissionGenerator.sentOn(bacFile, last, 7, latest));

        Unit dong = villages.get(0);
        String unknown = dong.name() + " Hải";
        Path unknownUnit = input.resolve("bao_cao_" + Names.fold(unknown).replace(' ', '_') + ".xlsx");
        SubmissionWorkbooks.form(unknownUnit, form, unknown, last, Map.of("HH_TOTAL", 250, "STRAW_BURNING", -1), null);
        files.add(SubmissionGenerator.sentOn(unknownUnit, last, 8, latest));

        Path sentTwice = input.resolve(Names.unaccented(dong.name()) + " thang " + last.getMonthValue()
                + " - gui lai.xlsx");
        Files.copy(input.resolve(SubmissionGenerator.fileName(dong, last) + ".xlsx"), sentTwice);
        files.add(SubmissionGenerator.sentOn(sentTwice, last, 9, latest));

        int nam = 2 % villages.size();
        Map<String, Object> corrected = FormValues.village(nam, last, 1.0, new Random(7));
        corrected.put("STRAW_BURNING", 0);
        Path correction = input.resolve(SubmissionGenerator.fileName(villages.get(nam), last) + "_dinh_chinh.xlsx");
        String careless = villages.get(nam).name().replaceFirst(" ", "  ");
        SubmissionWorkbooks.form(correction, form, careless.substring(0, 1).toLowerCase(Locale.ROOT)
                + careless.substring(1), last, corrected, null);
        files.add(SubmissionGenerator.sentOn(correction, last, 10, latest));

        Path photo = input.resolve("bao-cao-" + Names.fold(villages.get(4 % villages.size()).name()).replace(' ', '-')
                + "-anh-chup.pdf");
        Files.writeString(photo, "%PDF-1.4 ảnh chụp báo cáo giấy", StandardCharsets.UTF_8);
        files.add(SubmissionGenerator.sentOn(photo, last, 8, latest));
        return files;
    }
}
