package dev.easel.audit;

import dev.easel.clv.FitImpactEvaluated;
import dev.easel.clv.ModelPromoted;
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
        Map<String, Object> outputs = CandidateOutputs.promoted(
                event.version(),
                event.previousVersion(),
                Map.of(),
                event.kind().name(),
                event.author(),
                event.impactReportId(),
                event.impactDigest());
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
        Map<String, Object> outputs = CandidateOutputs.evaluated(
                event.reportId(),
                event.candidateVersion(),
                event.baseVersion(),
                event.customers(),
                event.customersChanged(),
                event.digest());
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
