package dev.easel.rules;

import java.util.List;

/**
 * What one evaluation decided, which rules decided it, and under which ruleset version: enough to record and explain
 * the decision later.
 *
 * @param firedRules the names of the rules that fired, in the order they first fired
 */
public record RuleOutcome<R>(R results, List<String> firedRules, String rulesetVersion) {

    public RuleOutcome {
        firedRules = List.copyOf(firedRules);
    }
}
