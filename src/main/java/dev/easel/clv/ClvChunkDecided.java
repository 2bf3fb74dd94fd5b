package dev.easel.clv;

import java.util.List;

/**
 * The decisions of one batch chunk, in order, as one event: the audit trail records them in one append instead of
 * a thousand. Each entry is what {@link ClvPublished}, {@link ClvFlagged} or {@link ClvSuppressed} would carry.
 */
public record ClvChunkDecided(String runId, int chunk, List<Entry> decisions) {

    public ClvChunkDecided {
        decisions = List.copyOf(decisions);
    }

    public enum Kind {
        PUBLISHED,
        FLAGGED,
        SUPPRESSED
    }

    public record Entry(Kind kind, ClvDecision decision) {}
}
