package dev.easel.clv.engine;

/** Where one stored result (a row of clv_results) stands; stored as its name in {@code clv_results.status}. */
enum ResultStatus {
    /** Computed, not yet decided: not visible as the customer's CLV. */
    CANDIDATE,
    /** The customer's CLV (now, or until a later result replaced it). */
    PUBLISHED,
    /** Raised by the review rules: waits for a compliance officer (or was closed without a publication). */
    FLAGGED,
    /** A compliance officer refused to publish it. */
    REJECTED,
    /** Consent did not allow profiling: no value, only the gate's reasons. */
    SUPPRESSED
}
