package vn.xanh.facts;

/** What became of a file that arrived. */
public enum SubmissionStatus {
    /** Its facts count. */
    ACCEPTED,
    /** Accepted once, then corrected by a later file for the same unit, template and month. */
    SUPERSEDED,
    /** It had errors; nothing from it counts. */
    REJECTED,
    /** The same bytes had already been accepted; counted once. */
    DUPLICATE,
    /** Readable, but from a sender not known for its unit or for a closed month: its facts wait for a clerk's decision. */
    HELD
}
