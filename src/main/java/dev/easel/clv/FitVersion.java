package dev.easel.clv;

/**
 * A kept fit with where it stands.
 *
 * @param candidate true when it was fitted as a candidate (staged mode or on request) rather than to serve at once
 */
public record FitVersion(StoredFit fit, Standing standing, boolean candidate) {

    public enum Standing {
        /** Scores every customer now. */
        SERVING,
        /** Fitted as a candidate and never served: waits for its impact report and a promotion. */
        CANDIDATE,
        /** Served once, or could have: promoting it again is a rollback. */
        EARLIER,
        /** Did not fit (too little data, no convergence, infinite mean spend): can never serve. */
        UNUSABLE
    }

    public String version() {
        return fit.version();
    }

    /** Who asked for the refit: never the one who promotes it. */
    public String author() {
        return fit.fittedBy();
    }
}
