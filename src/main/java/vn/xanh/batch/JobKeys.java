package vn.xanh.batch;

/** Names of the job, its parameters and what its steps leave in the job's execution context. */
public final class JobKeys {

    public static final String JOB = "nightly";
    public static final String DATE = "date";
    public static final String RUN = "run";
    public static final String MODE = "mode";
    /** Non-identifying: what the digest step does, a {@link vn.xanh.digest.Dispatch} name. */
    public static final String DISPATCH = "dispatch";
    /** Non-identifying, in runs started before DISPATCH: whether to resend the digest. */
    public static final String RESEND = "resend";
    /** Non-identifying: a rerun counts only the submissions up to this id (what the date's run counted). */
    public static final String KNOWN_UP_TO = "known-up-to";
    /** Non-identifying, with KNOWN_UP_TO: decisions on held submissions up to this id (what that run knew). */
    public static final String KNOWN_DECIDED_UP_TO = "known-decided-up-to";

    public static final String ACCEPTED = "intake.accepted";
    public static final String REJECTED = "intake.rejected";
    public static final String DUPLICATES = "intake.duplicates";
    public static final String ATTENTION = "indicators.attention";
    public static final String CHANGED = "indicators.changed";
    /** The last submission id the indicators step counted: what a later {@code rerun --as-known} reproduces. */
    public static final String COUNTED_UP_TO = "indicators.counted-up-to";
    /** The last decision on held submissions the indicators step knew of, for the same. */
    public static final String COUNTED_DECIDED_UP_TO = "indicators.counted-decided-up-to";
    public static final String DELIVERY = "digest.delivery";

    private JobKeys() {
    }
}
