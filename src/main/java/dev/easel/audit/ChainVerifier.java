package dev.easel.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Walks the whole chain from the first record and names every record that is not as written: changed (its hash no
 * longer matches), missing (a gap in the numbering), out of place (it does not point at its predecessor's hash), not
 * the record an anchor signed, or cut off the end (the head row or the latest anchor names a later record than the
 * log still has). A break is named once: the record after a gap, or after a record already named, is not blamed for
 * no longer pointing at its predecessor.
 */
@Component
class ChainVerifier {

    private final DecisionLog log;
    private final AnchorFile anchors;

    ChainVerifier(DecisionLog log, AnchorFile anchors) {
        this.log = log;
        this.anchors = anchors;
    }

    ChainVerification verify() {
        return walkWhole().verification();
    }

    /** The whole walk, with the record it ended on, so that a later walk can carry on from there. */
    Walked walkWhole() {
        AnchorFile.Contents anchorFile = anchors.read();
        Walk walk = new Walk(anchorFile.anchors());
        log.forEachInOrder(walk::visit);
        List<ChainBreak> breaks = new ArrayList<>(walk.breaks);
        checkEnd(walk, log.head(), anchorFile.latest(), breaks);
        breaks.addAll(anchorFile.problems());
        return new Walked(
                ChainVerification.of(walk.checked, breaks, anchorCheck(anchorFile)),
                walk.lastId,
                walk.lastHash,
                anchorFile.anchors().size());
    }

    /**
     * Walks only the records after {@code end}, where an earlier whole walk ended with the chain intact: they must
     * chain onto that record, which must still carry the hash the whole walk read. Empty when this walk cannot lean
     * on the earlier one or finds anything wrong (that record changed, anchors were added that name records the whole
     * walk read, the anchor file has a problem, a break after it): then only a whole walk can say what.
     *
     * @return the records after {@code end}, checked (their count in {@code recordsChecked}), and where this walk ended
     */
    Optional<Walked> walkAfter(Walked end) {
        if (!end.verification().intact() || !endsAsWalked(end)) {
            return Optional.empty();
        }
        AnchorFile.Contents anchorFile = anchors.read();
        List<Anchor> all = anchorFile.anchors();
        if (!anchorFile.problems().isEmpty() || all.size() < end.anchorsRead()) {
            return Optional.empty();
        }
        for (Anchor added : all.subList(end.anchorsRead(), all.size())) {
            if (added.headId() <= end.lastId()) {
                return Optional.empty();
            }
        }
        Walk walk = new Walk(all);
        walk.lastId = end.lastId();
        walk.lastHash = end.lastHash();
        log.forEachAfter(end.lastId(), walk::visit);
        List<ChainBreak> breaks = new ArrayList<>(walk.breaks);
        checkEnd(walk, log.head(), anchorFile.latest(), breaks);
        if (!breaks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Walked(
                ChainVerification.of(walk.checked, breaks, anchorCheck(anchorFile)),
                walk.lastId,
                walk.lastHash,
                all.size()));
    }

    /** Whether the record a walk ended on is still there, with the hash the walk read, and still matches it. */
    private boolean endsAsWalked(Walked end) {
        if (end.lastId() == 0) {
            return true;
        }
        StoredRow row = log.stored(end.lastId());
        return row != null
                && row.hash().equals(end.lastHash())
                && HashChain.hashOf(row).equals(row.hash());
    }

    /** A walk's result and the record it ended on (id 0 and the genesis hash for an empty log). */
    record Walked(ChainVerification verification, long lastId, String lastHash, int anchorsRead) {}

    private static ChainVerification.AnchorCheck anchorCheck(AnchorFile.Contents anchorFile) {
        Anchor latest = anchorFile.latest();
        return latest == null
                ? null
                : new ChainVerification.AnchorCheck(
                        latest.line(),
                        latest.at(),
                        latest.headId(),
                        latest.headHash(),
                        anchorFile.anchors().size());
    }

    /** Compares the last record read with what the head row and the latest anchor say the last record is. */
    private static void checkEnd(Walk walk, DecisionLog.Head head, Anchor latest, List<ChainBreak> breaks) {
        long expected = Math.max(head.lastId(), latest == null ? 0 : latest.headId());
        if (expected > walk.lastId) {
            StringBuilder problem = new StringBuilder(
                    "records " + (walk.lastId + 1) + " to " + expected + " are missing from the end of the log");
            if (latest != null && latest.headId() > walk.lastId) {
                problem.append("; the anchor of ")
                        .append(latest.at())
                        .append(" names record ")
                        .append(latest.headId());
                if (head.lastId() == walk.lastId) {
                    problem.append(", the head row was rewritten to name record ")
                            .append(head.lastId());
                }
            } else {
                problem.append(" (the head row names record ")
                        .append(head.lastId())
                        .append(')');
            }
            breaks.add(new ChainBreak(ChainBreak.Kind.CUT_OFF, walk.lastId + 1, expected, problem.toString()));
        } else if (head.lastId() < walk.lastId) {
            breaks.add(new ChainBreak(
                    ChainBreak.Kind.HEAD_MISMATCH,
                    head.lastId() + 1,
                    walk.lastId,
                    "records " + (head.lastId() + 1) + " to " + walk.lastId
                            + " were added behind the head row's back (it names record " + head.lastId() + ")"));
        } else if (head.lastId() == walk.lastId && !head.lastHash().equals(walk.lastHash)) {
            breaks.add(ChainBreak.record(
                    ChainBreak.Kind.HEAD_MISMATCH,
                    head.lastId(),
                    "the head row's hash does not match record " + head.lastId()));
        }
    }

    private static final class Walk {
        private final Map<Long, List<Anchor>> anchored = new HashMap<>();
        private final List<ChainBreak> breaks = new ArrayList<>();
        long checked;
        long lastId;
        String lastHash = HashChain.GENESIS;
        boolean lastNamed;

        Walk(List<Anchor> anchors) {
            for (Anchor anchor : anchors) {
                anchored.computeIfAbsent(anchor.headId(), id -> new ArrayList<>())
                        .add(anchor);
            }
        }

        void visit(StoredRow row) {
            checked++;
            long expectedId = lastId + 1;
            boolean named = false;
            boolean afterGap = row.id() != expectedId;
            if (afterGap) {
                long lastMissing = row.id() - 1;
                breaks.add(new ChainBreak(
                        ChainBreak.Kind.MISSING,
                        expectedId,
                        lastMissing,
                        expectedId == lastMissing
                                ? "record " + expectedId + " is missing"
                                : "records " + expectedId + " to " + lastMissing + " are missing"));
            }
            boolean follows = row.previousHash().equals(lastHash);
            boolean matches = HashChain.hashOf(row).equals(row.hash());
            if (!matches && follows) {
                breaks.add(ChainBreak.record(
                        ChainBreak.Kind.CHANGED,
                        row.id(),
                        "record " + row.id() + " does not match its hash (changed after it was written)"));
                named = true;
            } else if (!matches && !afterGap) {
                breaks.add(ChainBreak.record(
                        ChainBreak.Kind.MOVED,
                        row.id(),
                        "record " + row.id()
                                + " does not match its hash nor follow its predecessor (moved or replaced)"));
                named = true;
            } else if (!matches) {
                breaks.add(ChainBreak.record(
                        ChainBreak.Kind.CHANGED,
                        row.id(),
                        "record " + row.id() + " does not match its hash (changed after it was written)"));
                named = true;
            } else if (!follows && !afterGap && !lastNamed) {
                breaks.add(ChainBreak.record(
                        ChainBreak.Kind.MOVED,
                        row.id(),
                        "record " + row.id() + " does not follow its predecessor (moved, or record " + lastId
                                + " was rewritten)"));
                named = true;
            }
            for (Anchor anchor : anchored.getOrDefault(row.id(), List.of())) {
                if (!anchor.headHash().equals(row.hash())) {
                    breaks.add(ChainBreak.record(
                            ChainBreak.Kind.NOT_AS_ANCHORED,
                            row.id(),
                            "record " + row.id()
                                    + " is not the record anchored at " + anchor.at()
                                    + " (the chain was rewritten up to here)"));
                    named = true;
                    break;
                }
            }
            lastId = row.id();
            lastHash = row.hash();
            lastNamed = named;
        }
    }
}
