package dev.easel.clv;

/**
 * A kept fit serves from now on. Published in the promotion's transaction, so that the audit record is written with
 * it or the promotion does not happen.
 *
 * @param previousVersion the fit that served until now (null: none)
 * @param author          who asked for the promoted fit (never the promoter)
 * @param impactReportId  the shadow evaluation the promoter saw; null for a rollback without one
 */
public record ModelPromoted(
        String version,
        String previousVersion,
        Kind kind,
        String author,
        String actor,
        String actorRole,
        String impactReportId,
        String impactDigest) {

    public enum Kind {
        /** A fit that never served before. */
        PROMOTION,
        /** A fit that served before, back again. */
        ROLLBACK
    }
}
