package vn.xanh.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.intake.SubmissionWorkbooks;
import vn.xanh.intake.SubmissionWorkbooks.OcopProduct;

/**
 * Writes twelve closed months of reports for every village, cooperative, market board and the
 * commune office, improving month by month at different paces, plus a handful of files with the
 * mistakes clerks really make. Seeded, so every demonstration shows the same numbers.
 */
@Component
public class DemoSubmissions {

    static final int MONTHS = 12;

    private final Catalog catalog;

    public DemoSubmissions(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Writes the sample into {@code input}; returns the files written. */
    public List<Path> write(Path input, LocalDate today) throws IOException {
        Files.createDirectories(input);
        LocalDate latest = today.minusDays(1);
        Random random = new Random(2030);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth period = last.minusMonths(MONTHS - 1L - i);
            double progress = (double) i / (MONTHS - 1);
            for (Unit village : catalog.units().ofKind(UnitKind.VILLAGE)) {
                files.add(form("THON", village, period, villageValues(village, period, progress, random), null, input, latest));
            }
            List<Unit> cooperatives = catalog.units().ofKind(UnitKind.COOPERATIVE);
            for (int c = 0; c < cooperatives.size(); c++) {
                files.add(form("HTX", cooperatives.get(c), period, cooperativeValues(c, progress),
                        ocop(c, progress), input, latest));
            }
            for (Unit board : catalog.units().ofKind(UnitKind.MARKET_BOARD)) {
                files.add(markets(board, period, progress, input, latest));
            }
            for (Unit office : catalog.units().ofKind(UnitKind.OFFICE)) {
                files.add(form("XA", office, period, officeValues(period, progress), null, input, latest));
            }
        }
        files.addAll(flawed(input, last, latest));
        if (catalog.activityLogTemplate().isPresent()) {
            List<YearMonth> months = new ArrayList<>();
            for (int i = 0; i < MONTHS; i++) {
                months.add(last.minusMonths(MONTHS - 1L - i));
            }
            for (DemoActivities.Sent sent : new DemoActivities(catalog).write(input, months)) {
                files.add(submittedOn(sent.file(), sent.period(), sent.day(), latest));
            }
        }
        return files;
    }

    private Map<String, Object> villageValues(Unit village, YearMonth period, double progress, Random random) {
        int index = catalog.units().ofKind(UnitKind.VILLAGE).indexOf(village);
        double pace = 0.6 + 0.1 * (index % 5);
        int households = 320 + 45 * index;
        int livestock = households * (25 + index % 4 * 3) / 100;
        double waste = households * 0.065 + random.nextDouble();
        double organic = waste * 0.45;
        int vehicles = 6 + random.nextInt(8);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("HH_TOTAL", households);
        values.put("HH_CLEAN_WATER", (int) (households * Math.min(1, 0.86 + 0.10 * pace * progress)));
        values.put("HH_WASTE_SORTED", (int) (households * (0.40 + 0.35 * pace * progress)));
        values.put("WASTE_GENERATED_T", round(waste));
        values.put("WASTE_TREATED_T", round(waste * Math.min(1, 0.78 + 0.15 * pace * progress)));
        values.put("ORGANIC_WASTE_T", round(organic));
        values.put("ORGANIC_COMPOSTED_T", round(organic * (0.25 + 0.05 * pace * progress)));
        values.put("LIVESTOCK_HH", livestock);
        values.put("LIVESTOCK_BIOGAS_HH", (int) (livestock * (0.45 + 0.25 * pace * progress)));
        boolean harvest = period.getMonthValue() == 6 || period.getMonthValue() == 10;
        values.put("STRAW_BURNING", harvest && index % 3 == 0 ? 1 + random.nextInt(2) : 0);
        values.put("VEHICLES_NEW", vehicles);
        values.put("VEHICLES_NEW_GREEN", (int) Math.round(vehicles * (0.08 + 0.12 * progress)));
        values.put("PUBLIC_POINTS_NEW", 1 + index % 3);
        values.put("PUBLIC_POINTS_GREEN", progress > 0.5 ? 1 + index % 3 - (index % 2) : index % 2);
        return values;
    }

    private static Map<String, Object> cooperativeValues(int cooperative, double progress) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (cooperative == 0) {
            values.put("RICE_LOW_EMISSION_HA", round(96 + 2 * progress));
            values.put("FRUIT_AREA_HA", 42.5);
            values.put("FRUIT_LOW_EMISSION_HA", round(12 + 14 * progress));
            values.put("CROP_AREA_HA", 310);
            values.put("CROP_GAP_ORGANIC_HA", round(34 + 22 * progress));
            values.put("AQUA_AREA_HA", 12);
            values.put("AQUA_HITECH_HA", round(4 + 3 * progress));
        }
        else {
            values.put("RICE_LOW_EMISSION_HA", 0);
            values.put("FRUIT_AREA_HA", 0);
            values.put("FRUIT_LOW_EMISSION_HA", 0);
            values.put("CROP_AREA_HA", 18);
            values.put("CROP_GAP_ORGANIC_HA", round(2 + 3 * progress));
            values.put("AQUA_AREA_HA", 86);
            values.put("AQUA_HITECH_HA", round(41 + 14 * progress));
        }
        return values;
    }

    private static List<OcopProduct> ocop(int cooperative, double progress) {
        if (cooperative == 0) {
            return List.of(new OcopProduct("Gạo thơm Tân Kỳ", 3, "Có", 2024),
                    new OcopProduct("Nhãn lồng Tân Kỳ", 3, progress > 0.4 ? "Có" : "Không", 2025),
                    new OcopProduct("Mật ong hoa nhãn", 3, "Không", 2025));
        }
        return List.of(new OcopProduct("Tôm sú sạch Tân Kỳ", 3, progress > 0.7 ? "Có" : "Chưa", 2025));
    }

    private static Map<String, Object> officeValues(YearMonth period, double progress) {
        int dossiers = 180 + period.getMonthValue() * 7;
        double consumed = 480_000 + period.getMonthValue() * 6_000;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("PUBLIC_WORKS_TOTAL", 4 + (int) (4 * progress));
        values.put("PUBLIC_WORKS_GREEN", 3 + (int) (4 * progress));
        values.put("VILLAGES_TOTAL", 8);
        values.put("VILLAGES_5G", 4); // the carrier has not extended coverage this year
        values.put("DOSSIERS_TOTAL", dossiers);
        values.put("DOSSIERS_ONLINE", (int) (dossiers * (0.62 + 0.18 * progress)));
        values.put("OFFICIALS_TOTAL", 26);
        values.put("OFFICIALS_TRAINED", progress > 0.8 ? 13 : 11);
        values.put("BUSINESS_HH_TOTAL", 152);
        values.put("BUSINESS_HH_TRAINED", 38 + (int) (60 * progress));
        values.put("NETHOUSE_HA", round(5.5 + 4 * progress));
        values.put("INDUSTRY_KWH_CONSUMED", consumed);
        values.put("INDUSTRY_KWH_SAVED", Math.round(consumed * (0.031 + 0.03 * progress)));
        return values;
    }

    private Path markets(Unit board, YearMonth period, double progress, Path input, LocalDate latest) throws IOException {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        int base = 120;
        for (Unit market : catalog.units().marketsOf(board.code())) {
            rows.put(market.name(), Map.of("TRADERS_TOTAL", base,
                    "TRADERS_QR", (int) (base * (0.45 + 0.10 * progress))));
            base /= 2;
        }
        Path file = input.resolve("BQL_cho_" + period + ".xlsx");
        SubmissionWorkbooks.markets(file, template("CHO"), board.name(), period, rows);
        return submittedOn(file, period, 2, latest);
    }

    private Path form(String templateId, Unit unit, YearMonth period, Map<String, Object> values,
            List<OcopProduct> ocop, Path input, LocalDate latest) throws IOException {
        Path file = input.resolve(unit.code().toLowerCase(java.util.Locale.ROOT) + "_" + period + ".xlsx");
        SubmissionWorkbooks.form(file, template(templateId), unit.name(), period, values, ocop);
        return submittedOn(file, period, 1 + Math.abs(unit.code().hashCode()) % 6, latest);
    }

    /** The mistakes clerks really make, each of which the digest must explain. */
    private List<Path> flawed(Path input, YearMonth last, LocalDate latest) throws IOException {
        List<Path> files = new ArrayList<>();
        Unit bac = catalog.units().find(UnitKind.VILLAGE, "Thôn Bắc").orElseThrow();
        Map<String, Object> partOverWhole = new LinkedHashMap<>(Map.of("HH_TOTAL", 410, "HH_CLEAN_WATER", 4100,
                "WASTE_GENERATED_T", "26,5 tấn", "WASTE_TREATED_T", 22.0));
        Path bacFile = input.resolve("Bao cao thon Bac T" + last.getMonthValue() + "-" + last.getYear() + " (sua).xlsx");
        SubmissionWorkbooks.form(bacFile, template("THON"), "THON BAC", last, partOverWhole, null);
        files.add(submittedOn(bacFile, last, 7, latest));

        Path unknownUnit = input.resolve("bao_cao_thon_dong_hai.xlsx");
        SubmissionWorkbooks.form(unknownUnit, template("THON"), "Thôn Đông Hải", last,
                Map.of("HH_TOTAL", 250, "STRAW_BURNING", -1), null);
        files.add(submittedOn(unknownUnit, last, 8, latest));

        Unit dong = catalog.units().find(UnitKind.VILLAGE, "Thôn Đông").orElseThrow();
        Path sentTwice = input.resolve("Thon Dong thang " + last.getMonthValue() + " - gui lai.xlsx");
        Files.copy(input.resolve(dong.code().toLowerCase(java.util.Locale.ROOT) + "_" + last + ".xlsx"), sentTwice);
        files.add(submittedOn(sentTwice, last, 9, latest));

        Unit nam = catalog.units().find(UnitKind.VILLAGE, "Thôn Nam").orElseThrow();
        Map<String, Object> corrected = villageValues(nam, last, 1.0, new Random(7));
        corrected.put("STRAW_BURNING", 0);
        Path correction = input.resolve("thon_nam_" + last + "_dinh_chinh.xlsx");
        SubmissionWorkbooks.form(correction, template("THON"), "thôn  Nam", last, corrected, null);
        files.add(submittedOn(correction, last, 10, latest));

        Path photo = input.resolve("bao-cao-thon-trung-anh-chup.pdf");
        Files.writeString(photo, "%PDF-1.4 ảnh chụp báo cáo giấy", StandardCharsets.UTF_8);
        files.add(submittedOn(photo, last, 8, latest));
        return files;
    }

    private Template template(String id) {
        return catalog.template(id).orElseThrow();
    }

    /** The file's time as if the clerk had sent it on that day of the following month. */
    private static Path submittedOn(Path file, YearMonth period, int day, LocalDate latest) throws IOException {
        LocalDate sent = period.plusMonths(1).atDay(day);
        if (sent.isAfter(latest)) {
            sent = latest;
        }
        Files.setLastModifiedTime(file, FileTime.from(sent.atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant()));
        return file;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
