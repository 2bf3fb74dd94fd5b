package dev.easel.audit;

/**
 * One thing wrong with the decision log, as the verifier found it.
 *
 * @param kind    what happened
 * @param firstId the first record concerned (for an anchor problem, the anchor file's line)
 * @param lastId  the last record concerned: the same as {@code firstId} but for a run of missing records
 * @param problem what is wrong, in words
 */
public record ChainBreak(Kind kind, long firstId, long lastId, String problem) {

    public enum Kind {
        /** A record no longer matches its hash: changed after it was written. */
        CHANGED,
        /** Records are missing from the middle of the chain. */
        MISSING,
        /** A record does not point at its predecessor's hash: moved, replaced, or its predecessor rewritten. */
        MOVED,
        /** Records are missing from the end: the head row or an anchor names a later record than the log holds. */
        CUT_OFF,
        /** A record is not the one an anchor signed for its number: the chain was rewritten from there on. */
        NOT_AS_ANCHORED,
        /** The head row disagrees with the last record in a way other than a cut-off end. */
        HEAD_MISMATCH,
        /** A line of the anchor file is unreadable, unsigned, or out of sequence. */
        ANCHOR_INVALID
    }

    static ChainBreak record(Kind kind, long id, String problem) {
        return new ChainBreak(kind, id, id, problem);
    }

    static ChainBreak anchor(long line, String problem) {
        return new ChainBreak(Kind.ANCHOR_INVALID, line, line, problem);
    }
}
