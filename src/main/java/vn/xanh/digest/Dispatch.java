package vn.xanh.digest;

/** What a run asks of the digest: to send it if not yet sent, to send it again, or only to write its files. */
public enum Dispatch {
    /** Send this date's digest unless it already went out (a nightly run). */
    SEND_NEW,
    /** Send it even though this date's digest already went out ({@code rerun --resend}). */
    RESEND,
    /** Write {@code digest.html} and {@code digest.eml} but send nothing (a rerun). */
    FILES_ONLY
}
