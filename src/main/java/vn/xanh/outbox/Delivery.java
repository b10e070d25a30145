package vn.xanh.outbox;

/** What became of a digest, and of each message in the outbox. */
public enum Delivery {
    /** Stored, waiting for its first or next attempt. */
    PENDING,
    /** Handed to the SMTP server; its answer not yet recorded. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is set: written as an .eml file for a mail client. */
    WRITTEN,
    /**
     * The process stopped after handing the message to the SMTP server and before recording its
     * answer: it may have gone out, so it is never resent by itself ({@code rerun --resend} does).
     */
    UNCERTAIN,
    /** This date's digest had already gone out; not sent again. */
    ALREADY_DELIVERED,
    /** A rerun: the digest's files were written again, nothing was sent. */
    NOT_SENT
}
