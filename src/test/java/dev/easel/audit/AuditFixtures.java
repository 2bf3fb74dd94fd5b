package dev.easel.audit;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Writes decision records for other modules' tests, the way this module's listeners would, so that reports and other
 * readers can be tested against a real, intact chain without the modules that make those decisions.
 */
@Component
public class AuditFixtures {

    private final DecisionLog log;

    AuditFixtures(DecisionLog log) {
        this.log = log;
    }

    /** Appends a decision and returns its record id. */
    public long record(DecisionKind kind, String actor, String actorRole, String customerKey,
            Map<String, Object> outputs, List<String> rulesFired, String reason) {
        return log.append(new Decision(kind, actor, actorRole, customerKey, "ruleset-test", "fit-test", null,
                rulesFired, outputs, reason, null)).id();
    }
}
