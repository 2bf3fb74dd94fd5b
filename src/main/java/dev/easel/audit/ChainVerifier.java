package dev.easel.audit;

import org.springframework.stereotype.Component;

/**
 * Walks the chain from the first record and names the first one that is not as written: changed (its hash no longer
 * matches), missing (a gap in the numbering), out of place (it does not point at its predecessor's hash), or cut off
 * the end (the head remembers a later record than the log still has).
 */
@Component
class ChainVerifier {

    private final DecisionLog log;

    ChainVerifier(DecisionLog log) {
        this.log = log;
    }

    ChainVerification verify() {
        Walk walk = new Walk();
        log.forEachInOrder(walk::visit);
        if (walk.broken != null) {
            return walk.broken;
        }
        DecisionLog.Head head = log.head();
        if (head.lastId() != walk.lastId || !head.lastHash().equals(walk.lastHash)) {
            return ChainVerification.broken(walk.checked, walk.lastId + 1,
                    "records after " + walk.lastId + " up to " + head.lastId() + " are missing");
        }
        return ChainVerification.ok(walk.checked);
    }

    private static final class Walk {
        long checked;
        long lastId;
        String lastHash = HashChain.GENESIS;
        ChainVerification broken;

        void visit(StoredRow row) {
            if (broken != null) {
                return;
            }
            checked++;
            long expectedId = lastId + 1;
            if (row.id() != expectedId) {
                broken = ChainVerification.broken(checked, expectedId,
                        "record " + expectedId + " is missing (the next record is " + row.id() + ")");
            } else if (!row.previousHash().equals(lastHash)) {
                broken = ChainVerification.broken(checked, row.id(),
                        "record " + row.id() + " does not follow its predecessor (moved or replaced)");
            } else if (!HashChain.hashOf(row).equals(row.hash())) {
                broken = ChainVerification.broken(checked, row.id(),
                        "record " + row.id() + " does not match its hash (changed after it was written)");
            }
            lastId = row.id();
            lastHash = row.hash();
        }
    }
}
