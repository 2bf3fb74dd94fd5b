package dev.easel.clv;

/**
 * A shadow evaluation finished; its report is kept under {@code reportId} with {@code digest}. The one audit record a
 * shadow run writes.
 */
public record RuleImpactEvaluated(
        String reportId,
        String candidateVersion,
        String baseVersion,
        String modelVersion,
        String digest,
        long customers,
        long customersChanged,
        String requestedBy) {}
