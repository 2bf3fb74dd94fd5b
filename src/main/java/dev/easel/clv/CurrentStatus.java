package dev.easel.clv;

/** What a customer's CLV is now (a row of clv_current); stored as its name in {@code clv_current.status}. */
public enum CurrentStatus {
    /** A published value is served. */
    PUBLISHED,
    /** A flagged result waits for review; the last published value, if any, is still served. */
    PENDING_REVIEW,
    /** Consent does not allow profiling: no value is served. */
    SUPPRESSED
}
