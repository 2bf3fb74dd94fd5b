package dev.easel.clv;

import java.util.List;
import java.util.Map;

/**
 * What the audit trail records of a CLV or model decision. Pseudonymous keys and numbers only.
 *
 * @param customerKey     null for decisions about the model
 * @param candidateId     the stored result the decision is about; null for model decisions
 * @param actor           a user name, or {@code easel} for the service
 * @param actorRole       that user's role, or {@code SYSTEM}
 * @param inputsDigest    SHA-256 of the inputs the decision was computed from
 * @param outputs         the decision's numbers and statuses, as plain JSON values
 * @param processInstance the workflow instance that asked, if any
 */
public record ClvDecision(
        String customerKey,
        Long candidateId,
        String actor,
        String actorRole,
        String rulesetVersion,
        String modelVersion,
        String inputsDigest,
        List<String> rulesFired,
        Map<String, Object> outputs,
        String reason,
        String processInstance) {

    public ClvDecision {
        rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
    }
}
