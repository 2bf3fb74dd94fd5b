package dev.easel.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** Reading and verifying the decision log. Writing happens inside this module, in answer to other modules' events. */
@Service
public class AuditTrail {

    private final DecisionLog log;
    private final ChainVerifier verifier;
    private final ChainAnchors anchors;
    private final DecisionSearch search;
    private final VerificationHistory verifications;

    AuditTrail(
            DecisionLog log,
            ChainVerifier verifier,
            ChainAnchors anchors,
            DecisionSearch search,
            VerificationHistory verifications) {
        this.log = log;
        this.verifier = verifier;
        this.anchors = anchors;
        this.search = search;
        this.verifications = verifications;
    }

    public List<DecisionRecord> find(AuditQuery query) {
        return log.find(query);
    }

    public ChainVerification verify() {
        return verifier.verify();
    }

    /** At most {@code limit} matching records numbered below {@code beforeId}, newest first: a page of a key set. */
    public List<DecisionRecord> newestFirst(AuditFilter filter, long beforeId, int limit) {
        if (limit <= 0 || limit > AuditQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + AuditQuery.MAX_LIMIT);
        }
        return search.newestFirst(filter, beforeId, limit);
    }

    /** Hands every matching record to {@code visitor} in chain order, streamed from the database (for exports). */
    public void forEachInOrder(AuditFilter filter, Consumer<DecisionRecord> visitor) {
        search.forEachInOrder(filter, visitor);
    }

    /** Verifies the chain now and keeps the result in the verifications' history. */
    public VerificationRun verifyAndKeep(String by) {
        return verifications.verifyAndKeep(by);
    }

    /** The latest kept verifications, newest first, without their breaks. */
    public List<VerificationRun> verifications(int limit) {
        return verifications.latest(limit);
    }

    /** A kept verification with its breaks. */
    public Optional<VerificationRun> verification(long id) {
        return verifications.find(id);
    }

    /** Anchors the chain's head now (when it moved since the latest anchor) and answers the latest anchor. */
    public AnchorReceipt anchor() {
        Anchor anchor = anchors.anchor();
        return new AnchorReceipt(anchor.at(), anchor.headId(), anchor.headHash(), anchor.mac());
    }

    /** What the anchor file holds for the head: the record, its hash, when, and the signature. */
    public record AnchorReceipt(java.time.Instant at, long headId, String headHash, String signature) {}
}
