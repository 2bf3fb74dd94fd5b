package dev.easel.audit;

import java.time.Instant;

/**
 * A signed checkpoint of the chain's head, one line of the anchor file: which record was last and its hash, when, and
 * the signature of the anchor before it, so that anchors removed from the middle of the file show too.
 *
 * @param line     the line of the anchor file it was read from (1-based; 0 for one not yet written)
 * @param previous the signature of the anchor before it ("" for the first)
 * @param mac      HMAC-SHA256 over the other fields, with a key the database does not hold
 */
record Anchor(long line, Instant at, long headId, String headHash, String previous, String mac) {

    String signedText() {
        return "easel-anchor-v1|" + at + "|" + headId + "|" + headHash + "|" + previous;
    }
}
