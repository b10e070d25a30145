package vn.xanh.plan;

/** One form of activity (a channel of the plan) summed over a period. */
public record ChannelTotals(String form, String name, int activities, int participants, int minutes, int quantity) {
}
