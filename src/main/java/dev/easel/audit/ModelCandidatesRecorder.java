package dev.easel.audit;

import dev.easel.clv.FitImpactEvaluated;
import dev.easel.clv.ModelPromoted;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records a fit's promotion (both fit versions and the impact report's digest) in the promotion's own transaction,
 * so that a fit never serves unrecorded, and the one record a fit's shadow evaluation writes.
 */
@Component
class ModelCandidatesRecorder {

    private final PendingDecisions pending;

    ModelCandidatesRecorder(PendingDecisions pending) {
        this.pending = pending;
    }

    @EventListener
    void on(ModelPromoted event) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("version", event.version());
        outputs.put("previousVersion", event.previousVersion());
        outputs.put("kind", event.kind().name());
        outputs.put("author", event.author());
        if (event.impactReportId() != null) {
            outputs.put("impactReportId", event.impactReportId());
            outputs.put("impactDigest", event.impactDigest());
        }
        String reason = event.kind() == ModelPromoted.Kind.ROLLBACK
                ? "rolled back to an earlier fit"
                : "candidate fit promoted";
        pending.record(new Decision(
                DecisionKind.MODEL_PROMOTED,
                event.actor(),
                event.actorRole(),
                null,
                null,
                event.version(),
                event.impactDigest(),
                null,
                outputs,
                reason,
                null));
    }

    @EventListener
    void on(FitImpactEvaluated event) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("reportId", event.reportId());
        outputs.put("candidateVersion", event.candidateVersion());
        outputs.put("baseVersion", event.baseVersion());
        outputs.put("customers", event.customers());
        outputs.put("customersChanged", event.customersChanged());
        outputs.put("impactDigest", event.digest());
        pending.record(new Decision(
                DecisionKind.MODEL_IMPACT_EVALUATED,
                event.requestedBy(),
                "USER",
                null,
                event.rulesetVersion(),
                event.candidateVersion(),
                event.digest(),
                null,
                outputs,
                "candidate fit evaluated in shadow",
                null));
    }
}
