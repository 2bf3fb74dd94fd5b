package dev.easel.audit;

import java.util.List;

import org.springframework.stereotype.Service;

/** Reading and verifying the decision log. Writing happens inside this module, in answer to other modules' events. */
@Service
public class AuditTrail {

    private final DecisionLog log;
    private final ChainVerifier verifier;

    AuditTrail(DecisionLog log, ChainVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    public List<DecisionRecord> find(AuditQuery query) {
        return log.find(query);
    }

    public ChainVerification verify() {
        return verifier.verify();
    }
}
