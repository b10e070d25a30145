package vn.xanh.facts;

/**
 * Which submissions a computation counts: everything on record now (the default), or only what had
 * been recorded by a given run, so that a rerun reproduces that run's numbers even after late files
 * and corrections arrived. Submission ids only grow, so "recorded by then" is "id up to the last one
 * that run counted"; a submission superseded only later still counted then. A held submission approved
 * after the run did not count then, nor did it replace anything then: decision ids grow too, so "approved
 * by then" is "its approval's id up to the last decision that run knew".
 *
 * @param lastSubmission the highest submission id counted, or null for everything on record
 * @param lastDecision the highest decision id on held submissions the run knew (0 for runs made before
 *        decisions were kept, when there were none)
 */
public record AsKnown(Long lastSubmission, long lastDecision) {

    /** An approval made after the run: {@code %s} is the submission's id column. */
    private static final String APPROVED_LATER = "EXISTS (SELECT 1 FROM submission_decision d WHERE d.submission_id = %s"
            + " AND d.decision = 'APPROVED' AND d.id > :decided)";

    public static AsKnown now() {
        return new AsKnown(null, 0);
    }

    public static AsKnown upTo(long lastSubmission, long lastDecision) {
        return new AsKnown(lastSubmission, lastDecision);
    }

    public boolean everything() {
        return lastSubmission == null;
    }

    /** The SQL condition on submission {@code s} whose facts count; binds {@code :known} when not everything. */
    String countedCondition() {
        return everything() ? "s.status = 'ACCEPTED'"
                : "s.id <= :known AND s.status IN ('ACCEPTED', 'SUPERSEDED') AND NOT " + approvedLater("s.id")
                        + " AND (s.superseded_by IS NULL OR s.superseded_by > :known OR "
                        + approvedLater("s.superseded_by") + ")";
    }

    /** The condition on submission {@code s} that it counted then (not held then and approved since). */
    String notApprovedLaterCondition() {
        return everything() ? "1 = 1" : "NOT " + approvedLater("s.id");
    }

    private static String approvedLater(String submission) {
        return APPROVED_LATER.formatted(submission);
    }

    /** The condition on submission {@code s} that it had arrived by then. */
    String arrivedCondition() {
        return everything() ? "1 = 1" : "s.id <= :known";
    }

    long known() {
        return everything() ? Long.MAX_VALUE : lastSubmission;
    }

    long decided() {
        return everything() ? Long.MAX_VALUE : lastDecision;
    }
}
