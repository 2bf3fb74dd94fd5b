package dev.easel.clv.engine;

import dev.easel.clv.ClvDecision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit view of a result: its numbers and statuses, never personal data. */
final class Decisions {

    static final String SYSTEM = "easel";

    private Decisions() {}

    static ClvDecision of(
            ResultRow row, String actor, String role, List<String> rulesFired, String reason, String processInstance) {
        return new ClvDecision(
                row.customerKey(),
                row.id(),
                actor == null ? SYSTEM : actor,
                actor == null ? "SYSTEM" : role,
                row.rulesetVersion(),
                row.modelVersion(),
                row.inputsDigest(),
                rulesFired,
                outputs(row),
                reason,
                processInstance);
    }

    static Map<String, Object> outputs(ResultRow row) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("resultId", row.id());
        outputs.put("status", row.status().name());
        outputs.put("eligibility", row.eligibility().name());
        if (row.runId() != null) {
            outputs.put("runId", row.runId());
        }
        if (row.currency() != null) {
            outputs.put("currency", row.currency());
            outputs.put("historicClv", row.historic().toPlainString());
            outputs.put("predictedClv", row.predicted().toPlainString());
            outputs.put("totalClv", row.total().toPlainString());
        }
        outputs.put("historicOnly", row.historicOnly());
        if (row.probabilityAlive() != null) {
            outputs.put("probabilityAlive", row.probabilityAlive());
        }
        return outputs;
    }
}
