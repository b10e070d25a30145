package vn.xanh.catalog;

import java.time.ZoneId;

/** When the nightly job runs, the reporting deadline, and the tolerance for "behind" versus "at risk". */
public record Schedule(String cron, ZoneId timeZone, int reportDeadlineDay, double tolerancePercentPoints,
        double toleranceRelative) {
}
