package dev.easel.clv;

/**
 * A compliance officer approved a flagged CLV, but it could no longer be published: consent no longer allows
 * profiling the customer, or a newer result exists. Nothing was published; the decision's reason says why.
 */
public record ClvApprovalWithheld(ClvDecision decision) {}
