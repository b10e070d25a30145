package vn.xanh.digest;

/** What became of a digest. */
public enum Delivery {
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is set: written as an .eml file for a mail client. */
    WRITTEN,
    /** The SMTP server could not be reached or refused; stays pending for the next run. */
    PENDING,
    /** This date's digest had already gone out; not sent again. */
    ALREADY_DELIVERED,
    /** A rerun: the digest's files were written again, nothing was sent. */
    NOT_SENT
}
