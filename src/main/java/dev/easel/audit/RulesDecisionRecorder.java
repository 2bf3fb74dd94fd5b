package dev.easel.audit;

import dev.easel.clv.RuleImpactEvaluated;
import dev.easel.rules.RulesPromoted;
import dev.easel.rules.RulesReloaded;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every ruleset that starts serving, before it serves: when the record cannot be written the reload fails
 * and the previous rules keep serving.
 */
@Component
class RulesDecisionRecorder {

    private final PendingDecisions pending;

    RulesDecisionRecorder(PendingDecisions pending) {
        this.pending = pending;
    }

    @EventListener
    void on(RulesReloaded event) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("version", event.version());
        outputs.put("previousVersion", event.previousVersion());
        outputs.put("files", event.files());
        outputs.put("trigger", event.trigger());
        String reason = event.version().equals(event.previousVersion())
                ? "rules rebuilt from unchanged files"
                : "rules changed";
        // The ruleset version is itself the digest of the rule files: it is the input of this decision.
        pending.record(new Decision(
                DecisionKind.RULES_RELOADED,
                event.actor(),
                event.actorRole(),
                null,
                event.version(),
                null,
                event.version(),
                null,
                outputs,
                reason,
                null));
    }

    /** Both versions, the share and the impact report's digest, in the promotion's own transaction. */
    @EventListener
    void on(RulesPromoted event) {
        Map<String, Object> share = new LinkedHashMap<>();
        share.put("baseVersion", event.baseVersion());
        share.put("percent", event.percent());
        Map<String, Object> outputs = CandidateOutputs.promoted(
                event.version(),
                event.previousVersion(),
                share,
                event.kind().name(),
                event.author(),
                event.impactReportId(),
                event.impactDigest());
        String reason = switch (event.kind()) {
            case ROLLBACK -> "rolled back to an earlier ruleset";
            case STAGED -> "promoted to a share of customers";
            case PROMOTION -> "promoted";
        };
        pending.record(new Decision(
                DecisionKind.RULES_PROMOTED,
                event.actor(),
                event.actorRole(),
                null,
                event.version(),
                null,
                event.impactDigest(),
                null,
                outputs,
                reason,
                null));
    }

    /** A shadow evaluation: the one record it writes, with the report's digest; no customer is decided. */
    @EventListener
    void on(RuleImpactEvaluated event) {
        Map<String, Object> outputs = CandidateOutputs.evaluated(
                event.reportId(),
                event.candidateVersion(),
                event.baseVersion(),
                event.customers(),
                event.customersChanged(),
                event.digest());
        pending.record(new Decision(
                DecisionKind.RULES_IMPACT_EVALUATED,
                event.requestedBy(),
                "USER",
                null,
                event.candidateVersion(),
                event.modelVersion(),
                event.digest(),
                null,
                outputs,
                "candidate evaluated in shadow",
                null));
    }
}
