package dev.easel.clv;

import java.util.Optional;

/**
 * Recalculating one customer's CLV, as separate steps so that a workflow can route between them (consent gate,
 * compute, review check, then publish, review or suppress). Every step takes and returns pseudonymous keys and numbers
 * only. Each step that decides something records it in the audit trail in the same transaction.
 */
public interface ClvRecalculation {

    /**
     * Step 1: may this customer's data be used for CLV profiling now? Decided by {@code rules/consent} alone (the
     * ledger is compute's to read).
     */
    ConsentGate checkConsent(String customerKey);

    /**
     * Steps 2 and 3: the adjustment rules over the customer's ledger, then the current model fit. Stores the result
     * as a candidate (not yet visible as the customer's CLV) and returns it. In the transaction of a
     * {@link #checkConsent} for the same customer it takes that gate as decided; otherwise it decides the gate first
     * and refuses to profile a customer it suppresses.
     *
     * @param processInstance the workflow instance asking, recorded with the result (may be null)
     */
    ClvCandidate compute(String customerKey, String processInstance);

    /** Step 4: the review rules ({@code rules/review}) compare the candidate with the last published value. */
    ReviewCheck checkForReview(long candidateId);

    /**
     * Whether a flagged candidate is left to the customer's open review of an earlier result of the same value: it
     * needs no review of its own (a batch run never opens a second task for the same value).
     */
    boolean coveredByOpenReview(long candidateId);

    /** What a reviewer needs to decide on a flagged candidate. */
    ReviewEvidence evidence(long candidateId);

    /**
     * Makes a candidate that needed no review the customer's current CLV. Consent is read once more first: a "no"
     * recorded since the candidate was computed suppresses the customer instead, and nothing is published (empty).
     * A candidate flagged for review is published through {@link #approve} only.
     */
    Optional<PublishedClv> publishWithoutReview(long candidateId, String processInstance);

    /**
     * A reviewer approved a flagged candidate. It is published only if it is still the customer's latest result and
     * consent, checked again now, still allows profiling; otherwise nothing is published, the review's result is
     * closed with the reason, and a customer whose consent no longer allows profiling is suppressed.
     */
    ApprovalOutcome approve(long candidateId, String reviewer, String reason, String processInstance);

    /** A reviewer rejected the candidate: the previously published value stays. A reason is required. */
    void reject(long candidateId, String reviewer, String reason, String processInstance);

    /** The review was not decided in time and went to the compliance lead: recorded, nothing else changes. */
    void recordEscalation(long candidateId, String processInstance);

    /** Consent does not allow profiling: the published CLV is withdrawn and the reasons recorded. */
    void suppress(String customerKey, ConsentGate gate, String processInstance);

    /** The customer's current CLV as the API shows it, if any was ever computed. */
    Optional<CurrentClv> current(String customerKey);
}
