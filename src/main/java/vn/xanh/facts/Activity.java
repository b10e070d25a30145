package vn.xanh.facts;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One line of an organisation's activity log (HOATDONG): what it did, when, in which form (a code of
 * {@code jobs/templates.yml}, such as {@code LOA}), and how many took part, for how long, how many items.
 * Counts are null where the submitter left them blank.
 */
public record Activity(String unitCode, YearMonth period, int rowNumber, LocalDate heldOn, String form, String content,
        String taskArea, String place, Integer participants, Integer minutes, Integer quantity, String evidence) {
}
