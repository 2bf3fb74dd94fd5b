package dev.easel.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of walking the decision log's hash chain and comparing it with its head row and its anchors.
 *
 * @param intact         whether every record is as it was written and none is missing
 * @param recordsChecked how many records were read
 * @param firstBrokenId  the first record named by a break (null when intact or only the anchor file is damaged)
 * @param problem        the first break, in words (null when intact)
 * @param breaks         every break found, in chain order, then the anchor file's problems
 * @param anchor         the latest valid anchor the log was checked against (null when there is none yet)
 */
public record ChainVerification(
        boolean intact,
        long recordsChecked,
        Long firstBrokenId,
        String problem,
        List<ChainBreak> breaks,
        AnchorCheck anchor) {

    /** @param line the anchor file's line */
    public record AnchorCheck(long line, Instant at, long headId, String headHash, int anchorsRead) {}

    static ChainVerification of(long recordsChecked, List<ChainBreak> breaks, AnchorCheck anchor) {
        if (breaks.isEmpty()) {
            return new ChainVerification(true, recordsChecked, null, null, List.of(), anchor);
        }
        Long firstBrokenId = breaks.stream()
                .filter(found -> found.kind() != ChainBreak.Kind.ANCHOR_INVALID)
                .map(ChainBreak::firstId)
                .findFirst()
                .orElse(null);
        return new ChainVerification(
                false, recordsChecked, firstBrokenId, breaks.get(0).problem(), List.copyOf(breaks), anchor);
    }
}
