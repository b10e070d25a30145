package vn.xanh.catalog;

import java.time.YearMonth;
import java.util.List;

/**
 * What the plan expects of its organisations and party cells ({@code jobs/plan.yml}), and the texts of
 * the periodic report in the Party's document format.
 *
 * @param start the first month the plan is carried out; no period before it is assessed or reported
 * @param leadership the codes of the boards and office whose activities are the "leadership and direction"
 */
public record PlanDefinition(YearMonth start, List<String> leadership, List<Expectation> expectations,
        ReportFormat report) {

    /** How often an expectation falls due. {@code ONCE} is a single window from the plan's start to {@code by}. */
    public enum Frequency {
        MONTH, QUARTER, YEAR, ONCE
    }

    /**
     * "Every party cell holds a meeting with green content at least once a quarter": who (unit kinds or
     * named units), which form of activity, how often and how many times.
     */
    public record Expectation(String code, String name, String seed, List<UnitKind> kinds, List<String> units,
            String form, Frequency every, int atLeast, YearMonth by) {
    }

    /** The fixed texts of the periodic report (Hướng dẫn 36-HD/VPTW), as the Party Committee's office writes them. */
    public record ReportFormat(List<String> issuer, String party, String number, String place, String title,
            String summary, String opening, String signatureFor, String signatureTitle, String signer,
            List<String> recipients) {
    }
}
