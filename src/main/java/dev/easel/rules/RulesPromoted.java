package dev.easel.rules;

/**
 * A kept ruleset starts serving a share of customers, or all of them: a promotion, a staged share or a rollback.
 * Published inside the transaction that records the promotion, before the new rules serve: when the audit record
 * cannot be written, nothing changes.
 *
 * @param version          the ruleset that serves the share from now on
 * @param previousVersion  the ruleset that served these customers until now
 * @param baseVersion      the ruleset serving everyone outside the share (equal to {@code version} at 100 %)
 * @param percent          the share of customers, 1 to 100, chosen by a hash of their key ({@link RolloutShare})
 * @param kind             what it was
 * @param author           who made the promoted version (never the promoter)
 * @param impactReportId   the shadow evaluation the promoter saw, null when there was none (a rollback may go without)
 * @param impactDigest     the SHA-256 of that impact report
 */
public record RulesPromoted(
        String version,
        String previousVersion,
        String baseVersion,
        int percent,
        PromotionKind kind,
        String author,
        String actor,
        String actorRole,
        String impactReportId,
        String impactDigest) {

    /** A new version's first share or whole promotion; a share of an earlier version is a rollback. */
    public enum PromotionKind {
        PROMOTION,
        STAGED,
        ROLLBACK
    }
}
