package dev.easel.preview;

/** A promotion (of a ruleset or a fit) refused before anything changed, with what to do. */
public final class PromotionRefused extends RuntimeException {

    /** Why; some reasons are a ruleset's only (a share, a build), some a fit's only (a fit that did not fit). */
    public enum Reason {
        UNKNOWN_VERSION,
        UNKNOWN_FIT,
        NOT_USABLE,
        NO_IMPACT_REPORT,
        REPORT_OF_ANOTHER_CHANGE,
        AUTHOR_CANNOT_PROMOTE,
        INVALID_SHARE,
        DOES_NOT_BUILD,
        ALREADY_SERVING
    }

    private final Reason reason;

    PromotionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
