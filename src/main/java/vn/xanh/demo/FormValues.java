package vn.xanh.demo;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.xanh.intake.SubmissionWorkbooks.OcopProduct;

/**
 * The numbers a unit's clerk writes in a month's form, by metric code: each unit by its place among the commune's
 * units of its kind, greener at its own pace as {@code progress} goes from 0 (the first month written) to 1 (the
 * last), with a little of the month's chance drawn from the generator's {@link Random} in a fixed order.
 */
final class FormValues {

    private FormValues() {
    }

    /** A village's form ({@code THON}); {@code index} is its place among the commune's villages. */
    static Map<String, Object> village(int index, YearMonth period, double progress, Random random) {
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

    /** A cooperative's form ({@code HTX}): the commune's first grows rice and fruit, its second farms fish. */
    static Map<String, Object> cooperative(int index, double progress) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean farming = index % 2 == 0;
        values.put("RICE_LOW_EMISSION_HA", farming ? round(96 + 2 * progress) : 0);
        values.put("FRUIT_AREA_HA", farming ? 42.5 : 0);
        values.put("FRUIT_LOW_EMISSION_HA", farming ? round(12 + 14 * progress) : 0);
        values.put("CROP_AREA_HA", farming ? 310 : 18);
        values.put("CROP_GAP_ORGANIC_HA", farming ? round(34 + 22 * progress) : round(2 + 3 * progress));
        values.put("AQUA_AREA_HA", farming ? 12 : 86);
        values.put("AQUA_HITECH_HA", farming ? round(4 + 3 * progress) : round(41 + 14 * progress));
        return values;
    }

    /** The OCOP products a cooperative lists under its form. */
    static List<OcopProduct> ocop(int index, double progress) {
        if (index % 2 == 0) {
            return List.of(new OcopProduct("Gạo thơm Tân Kỳ", 3, "Có", 2024),
                    new OcopProduct("Nhãn lồng Tân Kỳ", 3, progress > 0.4 ? "Có" : "Không", 2025),
                    new OcopProduct("Mật ong hoa nhãn", 3, "Không", 2025));
        }
        return List.of(new OcopProduct("Tôm sú sạch Tân Kỳ", 3, progress > 0.7 ? "Có" : "Chưa", 2025));
    }

    /** A market's row of a board's report ({@code CHO}): the board's first market the largest. */
    static Map<String, Object> market(int index, double progress) {
        int traders = 120 >> index;
        return Map.of("TRADERS_TOTAL", traders, "TRADERS_QR", (int) (traders * (0.45 + 0.10 * progress)));
    }

    /** The office's form ({@code XA}) for {@code villages} villages in {@code communes} communes. */
    static Map<String, Object> office(int villages, int communes, YearMonth period, double progress) {
        int dossiers = communes * (180 + period.getMonthValue() * 7);
        double consumed = 480_000 + period.getMonthValue() * 6_000;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("PUBLIC_WORKS_TOTAL", 4 + (int) (4 * progress));
        values.put("PUBLIC_WORKS_GREEN", 3 + (int) (4 * progress));
        values.put("VILLAGES_TOTAL", villages);
        values.put("VILLAGES_5G", villages / 2); // the carrier has not extended coverage this year
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

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
