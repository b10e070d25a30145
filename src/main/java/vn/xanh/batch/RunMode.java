package vn.xanh.batch;

/** A nightly run takes in new files; a rerun recomputes a date from the facts already on record. */
public enum RunMode {
    NIGHTLY, RERUN
}
