package dev.easel.clv;

/**
 * What came of a reviewer's approval: the value was published, or it was withheld and why.
 *
 * @param withheldBecause a code ({@link #CONSENT} or {@link #STALE}); null when published
 * @param message         what the reviewer is told, in a sentence
 */
public record ApprovalOutcome(boolean published, String withheldBecause, String message) {

    /** Consent no longer allows profiling the customer (withdrawn, objected, opted out, erased, ...). */
    public static final String CONSENT = "CONSENT";
    /** A newer result for the customer exists: a decision applies to the latest one only. */
    public static final String STALE = "STALE";

    public static ApprovalOutcome publishedFor(String customerKey) {
        return new ApprovalOutcome(true, null, "The new CLV of customer " + customerKey + " is published.");
    }
}
