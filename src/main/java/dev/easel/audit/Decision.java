package dev.easel.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A decision to be recorded. Pseudonymous keys and numbers only: never an email, a name or an address.
 *
 * @param actor           who decided: a user name, or {@code easel} for the service itself
 * @param actorRole       that actor's role ({@code SYSTEM} for the service)
 * @param inputsDigest    SHA-256 of the inputs the decision was made from, so that it can be re-derived and compared
 * @param outputs         the decision's outputs, e.g. {@code {"predictedClv": "120.50", "status": "PUBLISHED"}}
 * @param processInstance the workflow instance that made the decision, if any
 */
public record Decision(
        DecisionKind kind,
        String actor,
        String actorRole,
        String customerKey,
        String rulesetVersion,
        String modelVersion,
        String inputsDigest,
        List<String> rulesFired,
        Map<String, Object> outputs,
        String reason,
        String processInstance) {

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorRole, "actorRole");
        rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
    }

    /** A decision Easel took by itself, with no user behind it. */
    public static Decision bySystem(DecisionKind kind, String customerKey, Map<String, Object> outputs, String reason) {
        return new Decision(kind, "easel", "SYSTEM", customerKey, null, null, null, List.of(), outputs, reason, null);
    }
}
