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
     * @param progress 0 to 100, for the bar
     * @param spark the small trend chart, in its own 120 × 40 box
 * @param gainUp whether the gain still needed each year is a rise (true), a fall (false) or none (null)
     */
    public record Card(String code, String name, String status, String statusKey, String color, String value,
            String target, int progress, Sparkline spark, String page, String chart, String expected,
            String forecast, Boolean gainUp, String gainPerYear, boolean percent, String unit, String reporting,
            List<MonthValue> history) {

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
