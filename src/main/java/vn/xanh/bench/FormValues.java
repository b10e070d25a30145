package vn.xanh.bench;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The numbers a unit's clerk writes in a month's form, by metric code: drawn from the generator's {@link Random}
 * in a fixed order, and greener as {@code progress} goes from 0 (the first month generated) to 1 (the last).
 */
final class FormValues {

    private FormValues() {
    }

    /** A village's form ({@code THON}). */
    static Map<String, Object> village(int index, double progress, Random random) {
        double pace = 0.6 + 0.1 * (index % 5);
        int households = 250 + random.nextInt(500);
        int livestock = households * (25 + index % 4 * 3) / 100;
        double waste = round(households * 0.065 + random.nextDouble());
        double organic = round(waste * 0.45);
        int vehicles = 6 + random.nextInt(8);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("HH_TOTAL", households);
        values.put("HH_CLEAN_WATER", (int) (households * Math.min(1, 0.86 + 0.10 * pace * progress)));
        values.put("HH_WASTE_SORTED", (int) (households * (0.40 + 0.35 * pace * progress)));
        values.put("WASTE_GENERATED_T", waste);
        values.put("WASTE_TREATED_T", round(waste * Math.min(1, 0.78 + 0.15 * pace * progress)));
        values.put("ORGANIC_WASTE_T", organic);
        values.put("ORGANIC_COMPOSTED_T", round(organic * (0.25 + 0.05 * pace * progress)));
        values.put("LIVESTOCK_HH", livestock);
        values.put("LIVESTOCK_BIOGAS_HH", (int) (livestock * (0.45 + 0.25 * pace * progress)));
        values.put("STRAW_BURNING", random.nextInt(10) == 0 ? 1 : 0);
        values.put("VEHICLES_NEW", vehicles);
        values.put("VEHICLES_NEW_GREEN", (int) Math.round(vehicles * (0.08 + 0.12 * progress)));
        values.put("PUBLIC_POINTS_NEW", 1 + index % 3);
        values.put("PUBLIC_POINTS_GREEN", index % 2);
        return values;
    }

    /** A cooperative's form ({@code HTX}). */
    static Map<String, Object> cooperative(int index, double progress, Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        double fruit = round(20 + random.nextInt(40));
        double crop = round(100 + random.nextInt(300));
        double aqua = round(10 + random.nextInt(80));
        values.put("RICE_LOW_EMISSION_HA", round((index % 2 == 0 ? 90 : 10) + 5 * progress));
        values.put("FRUIT_AREA_HA", fruit);
        values.put("FRUIT_LOW_EMISSION_HA", round(fruit * (0.2 + 0.3 * progress)));
        values.put("CROP_AREA_HA", crop);
        values.put("CROP_GAP_ORGANIC_HA", round(crop * (0.1 + 0.08 * progress)));
        values.put("AQUA_AREA_HA", aqua);
        values.put("AQUA_HITECH_HA", round(aqua * (0.3 + 0.2 * progress)));
        return values;
    }

    /** The office's form ({@code XA}), for a city of {@code villages} villages. */
    static Map<String, Object> office(int villages, YearMonth period, double progress, Random random) {
        int dossiers = 180 * Math.max(1, villages / CityUnits.VILLAGES_PER_COMMUNE) + random.nextInt(50);
        double consumed = 480_000 + period.getMonthValue() * 6_000;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("PUBLIC_WORKS_TOTAL", 4 + (int) (4 * progress));
        values.put("PUBLIC_WORKS_GREEN", 3 + (int) (4 * progress));
        values.put("VILLAGES_TOTAL", villages);
        values.put("VILLAGES_5G", villages / 2);
        values.put("DOSSIERS_TOTAL", dossiers);
        values.put("DOSSIERS_ONLINE", (int) (dossiers * (0.62 + 0.18 * progress)));
        values.put("OFFICIALS_TOTAL", 26);
        values.put("OFFICIALS_TRAINED", progress > 0.8 ? 13 : 11);
        values.put("BUSINESS_HH_TOTAL", 152);
        values.put("BUSINESS_HH_TRAINED", 38 + (int) (60 * progress));
        values.put("NETHOUSE_HA", round(5.5 + 4 * progress));
        values.put("INDUSTRY_KWH_CONSUMED", consumed);
        values.put("INDUSTRY_KWH_SAVED", (double) Math.round(consumed * (0.031 + 0.03 * progress)));
        return values;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
