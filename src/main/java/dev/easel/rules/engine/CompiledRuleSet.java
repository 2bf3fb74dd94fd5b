package dev.easel.rules.engine;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainerSessionsPool;

/**
 * One rule set built and ready: its KieBase, the thresholds every session starts with, and where each rule lives.
 *
 * @param sessions reused sessions: creating a session costs more than evaluating a customer
 * @param thresholds one instance, with its declared defaults, of every {@code declare ...Thresholds} type
 */
public record CompiledRuleSet(
        RuleSetName name,
        KieBase kieBase,
        KieContainerSessionsPool sessions,
        List<Object> thresholds,
        Map<String, RuleLocation> rules) {

    public CompiledRuleSet {
        thresholds = List.copyOf(thresholds);
        rules = Map.copyOf(rules);
    }

    public RuleLocation locate(String ruleName) {
        return rules.getOrDefault(ruleName, new RuleLocation(name.folder(), 0));
    }
}
