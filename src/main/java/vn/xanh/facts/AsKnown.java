package vn.xanh.facts;

/**
 * Which submissions a computation counts: everything on record now (the default), or only what had
 * been recorded by a given run, so that a rerun reproduces that run's numbers even after late files
 * and corrections arrived. Submission ids only grow, so "recorded by then" is "id up to the last one
 * that run counted"; a submission superseded only later still counted then.
 *
 * @param lastSubmission the highest submission id counted, or null for everything on record
 */
public record AsKnown(Long lastSubmission) {

    public static AsKnown now() {
        return new AsKnown(null);
    }

    public static AsKnown upTo(long lastSubmission) {
        return new AsKnown(lastSubmission);
    }

    public boolean everything() {
        return lastSubmission == null;
    }

    /** The SQL condition on submission {@code s} whose facts count; binds {@code :known} when not everything. */
    String countedCondition() {
        return everything() ? "s.status = 'ACCEPTED'"
                : "s.id <= :known AND s.status IN ('ACCEPTED', 'SUPERSEDED')"
                        + " AND (s.superseded_by IS NULL OR s.superseded_by > :known)";
    }

    /** The condition on submission {@code s} that it had arrived by then. */
    String arrivedCondition() {
        return everything() ? "1 = 1" : "s.id <= :known";
    }

    long known() {
        return everything() ? Long.MAX_VALUE : lastSubmission;
    }
}
