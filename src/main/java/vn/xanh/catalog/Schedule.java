package vn.xanh.catalog;

import java.time.ZoneId;

/**
 * When the nightly job runs, the reporting deadline, the tolerance for "behind" versus "at risk", when
 * units that have not reported are reminded, and the day of the following month a month's figures close.
 */
public record Schedule(String cron, ZoneId timeZone, int reportDeadlineDay, double tolerancePercentPoints,
        double toleranceRelative, Reminders reminders, int closeDay) {

    public static final int DEFAULT_CLOSE_DAY = 15;

    public Schedule(String cron, ZoneId timeZone, int reportDeadlineDay, double tolerancePercentPoints,
            double toleranceRelative, Reminders reminders) {
        this(cron, timeZone, reportDeadlineDay, tolerancePercentPoints, toleranceRelative, reminders,
                DEFAULT_CLOSE_DAY);
    }

    /** The day a month's figures close: {@code close_day} of the month after it. */
    public java.time.LocalDate closesOn(java.time.YearMonth period) {
        return period.plusMonths(1).atDay(closeDay);
    }

    /**
     * @param daysBefore the reminder goes this many days before the deadline (0: none)
     * @param daysAfter the one follow-up goes this many days after the deadline (0: none)
     */
    public record Reminders(int daysBefore, int daysAfter) {

        public static final Reminders NONE = new Reminders(0, 0);
    }
}
