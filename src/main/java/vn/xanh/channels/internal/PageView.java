package vn.xanh.channels.internal;

import java.util.List;

/**
 * What the public page shows, worded and formatted: the same figures as the digest, nothing about a
 * person.
 *
 * @param communeInText the commune's name inside a sentence ("xã Tân Kỳ")
 * @param ogImage the absolute address of the link-preview picture, for Open Graph
 */
record PageView(String commune, String communeInText, String province, String month, String asOf, long onCourse, int total,
        String publicUrl, String ogImage, List<Legend> legend, List<Group> groups, List<ModelLine> models) {

    /** A status's colour and its words. */
    public record Legend(String label, String color) {
    }

    /** A field of the plan (Nông nghiệp, Môi trường…) and its targets. */
    public record Group(String name, List<Card> cards) {
    }

    /**
     * One target as a card on the index and as its own page.
     *
     * @param page its own page's file name
     * @param chart its trend chart's file name
     * @param gain the gain still needed each year; null when none is (achieved, or nothing to compute)
     */
    public record Card(String code, String name, String page, String chart, Badge status, Reading reading, Gain gain,
            Trend trend) {
    }

    /**
     * A status as a coloured label.
     *
     * @param key the status's name, for the label's CSS class
     */
    public record Badge(String label, String key, String color) {
    }

    /**
     * The figures of a card, worded: the value (null when nothing was measured), the target with its way,
     * and, where known, the value the path expects today, the forecast and how many units reported.
     *
     * @param progress 0 to 100, for the bar
     */
    public record Reading(String value, String target, int progress, String expected, String forecast,
            String reporting) {
    }

    /**
     * What must still change each year: a rise or a fall, by how much, in percentage points or the
     * indicator's unit.
     */
    public record Gain(boolean up, String perYear, boolean percent, String unit) {
    }

    /**
     * The monthly values of a target.
     *
     * @param spark the small trend chart, in its own 120 × 40 box
     */
    public record Trend(Sparkline spark, List<MonthValue> history) {

        public MonthValue first() {
            return history.isEmpty() ? null : history.get(0);
        }

        public MonthValue last() {
            return history.isEmpty() ? null : history.get(history.size() - 1);
        }
    }

    public record MonthValue(String month, String value) {
    }

    /** A model as the public may see it: a family's model by its village, never by its members' names. */
    public record ModelLine(String type, String name, String place, String recognisedOn, String month) {
    }
}
