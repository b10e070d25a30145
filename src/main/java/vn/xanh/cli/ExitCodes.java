package vn.xanh.cli;

/** The exit status of every command, as docs/operations.md promises the scheduler and the clerk. */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int USAGE = 2;
    public static final int JOB_FAILED = 3;
    public static final int DIGEST_UNDELIVERED = 4;

    private ExitCodes() {
    }
}
