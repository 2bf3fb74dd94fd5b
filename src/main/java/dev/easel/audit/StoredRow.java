package dev.easel.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A decision_log row exactly as stored: JSON columns kept as their text, so hashing never re-encodes them. */
record StoredRow(
        long id,
        Instant recordedAt,
        String kind,
        String actor,
        String actorRole,
        String customerKey,
        String rulesetVersion,
        String modelVersion,
        String inputsDigest,
        String rulesFired,
        String outputs,
        String reason,
        String processInstance,
        String previousHash,
        String hash) {

    @SuppressWarnings("unchecked")
    DecisionRecord toRecord() {
        Decision decision = new Decision(
                DecisionKind.valueOf(kind),
                actor,
                actorRole,
                customerKey,
                rulesetVersion,
                modelVersion,
                inputsDigest,
                CanonicalJson.read(rulesFired, List.class),
                CanonicalJson.read(outputs, Map.class),
                reason,
                processInstance);
        return new DecisionRecord(id, recordedAt, decision, previousHash, hash);
    }
}
