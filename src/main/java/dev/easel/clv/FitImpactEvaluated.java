package dev.easel.clv;

/**
 * A candidate fit was evaluated in shadow beside the fit in service; its report is kept under {@code reportId} with
 * {@code digest}. The one audit record the evaluation writes.
 */
public record FitImpactEvaluated(
        String reportId,
        String candidateVersion,
        String baseVersion,
        String rulesetVersion,
        String digest,
        long customers,
        long customersChanged,
        String requestedBy) {}
