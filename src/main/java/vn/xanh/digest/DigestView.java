package vn.xanh.digest;

import java.util.List;

/** What the digest shows, already worded and formatted in Vietnamese. */
public record DigestView(String commune, String date, String subject, List<IndicatorLine> attention,
        List<String> changes, List<IndicatorLine> indicators, List<String> completeness, List<FileLine> accepted, List<FileLine> rejected,
        List<String> notes, List<Chart> charts, PlanSection plan, List<String> held, List<String> adjusted) {

    /** The same digest with its images found elsewhere (files beside the page, or parts of the email). */
    public DigestView withCharts(List<Chart> others) {
        return new DigestView(commune, date, subject, attention, changes, indicators, completeness, accepted, rejected,
                notes, others, plan, held, adjusted);
    }

    /**
     * "Triển khai kế hoạch": the last closed month's activities by channel, who sent no log, the plan's
     * expectations not yet met, the green models recognised.
     */
    public record PlanSection(String month, List<ChannelLine> channels, List<String> silent, List<String> expectations,
            List<String> models) {
    }

    /** One channel's line: how many activities, people and minutes. */
    public record ChannelLine(String name, int activities, String participants, String minutes) {
    }

    /** A chart shown in the digest: its title and where the image is (a file name, or {@code cid:} in mail). */
    public record Chart(String title, String src) {
    }

    /** One indicator's line in the table. */
    public record IndicatorLine(String code, String name, String value, String target, String status, String color,
            String forecast, String gainPerYear, String reporting, String holdingBack, String note) {
    }

    /** One file received since the last digest. */
    public record FileLine(String fileName, String unit, String period, List<String> reasons) {
    }
}
