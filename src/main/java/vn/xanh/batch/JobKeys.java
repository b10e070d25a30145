package vn.xanh.batch;

/** Names of the job, its parameters and what its steps leave in the job's execution context. */
public final class JobKeys {

    public static final String JOB = "nightly";
    public static final String DATE = "date";
    public static final String RUN = "run";
    public static final String MODE = "mode";
    public static final String RESEND = "resend";

    public static final String ACCEPTED = "intake.accepted";
    public static final String REJECTED = "intake.rejected";
    public static final String DUPLICATES = "intake.duplicates";
    public static final String ATTENTION = "indicators.attention";
    public static final String CHANGED = "indicators.changed";
    public static final String DELIVERY = "digest.delivery";

    private JobKeys() {
    }
}
