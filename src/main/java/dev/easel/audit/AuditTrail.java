package dev.easel.audit;

import java.util.List;

import org.springframework.stereotype.Service;

/** Reading and verifying the decision log. Writing happens inside this module, in answer to other modules' events. */
@Service
public class AuditTrail {

    private final DecisionLog log;
    private final ChainVerifier verifier;
    private final ChainAnchors anchors;

    AuditTrail(DecisionLog log, ChainVerifier verifier, ChainAnchors anchors) {
        this.log = log;
        this.verifier = verifier;
        this.anchors = anchors;
    }

    public List<DecisionRecord> find(AuditQuery query) {
        return log.find(query);
    }

    public ChainVerification verify() {
        return verifier.verify();
    }

    /** Anchors the chain's head now (when it moved since the latest anchor) and answers the latest anchor. */
    public AnchorReceipt anchor() {
        Anchor anchor = anchors.anchor();
        return new AnchorReceipt(anchor.at(), anchor.headId(), anchor.headHash(), anchor.mac());
    }

    /** What the anchor file holds for the head: the record, its hash, when, and the signature. */
    public record AnchorReceipt(java.time.Instant at, long headId, String headHash, String signature) {
    }
}
