package vn.xanh.catalog;

import java.time.ZoneId;

/**
 * When the nightly job runs, the reporting deadline, the tolerance for "behind" versus "at risk", and
 * when units that have not reported are reminded.
 */
public record Schedule(String cron, ZoneId timeZone, int reportDeadlineDay, double tolerancePercentPoints,
        double toleranceRelative, Reminders reminders) {

    /**
     * @param daysBefore the reminder goes this many days before the deadline (0: none)
     * @param daysAfter the one follow-up goes this many days after the deadline (0: none)
     */
    public record Reminders(int daysBefore, int daysAfter) {

        public static final Reminders NONE = new Reminders(0, 0);
    }
}
