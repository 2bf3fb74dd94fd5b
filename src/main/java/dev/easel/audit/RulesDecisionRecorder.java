package dev.easel.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.easel.rules.RulesReloaded;
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
                ? "rules rebuilt from unchanged files" : "rules changed";
        // The ruleset version is itself the digest of the rule files: it is the input of this decision.
        pending.record(new Decision(DecisionKind.RULES_RELOADED, event.actor(), event.actorRole(), null, event.version(),
                null, event.version(), null, outputs, reason, null));
    }
}
