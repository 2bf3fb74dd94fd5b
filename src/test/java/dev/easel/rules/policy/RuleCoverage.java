package dev.easel.rules.policy;

import io.cucumber.java.AfterAll;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** Every rule in {@code rules/} must fire in at least one scenario, so the policies always cover the rules. */
public final class RuleCoverage {

    private static final Set<String> EXPECTED = new ConcurrentSkipListSet<>();
    private static final Set<String> FIRED = new ConcurrentSkipListSet<>();

    static void expect(Iterable<String> ruleNames) {
        ruleNames.forEach(EXPECTED::add);
    }

    static void fired(Iterable<String> ruleNames) {
        ruleNames.forEach(FIRED::add);
    }

    @AfterAll
    public static void everyRuleFiredInSomeScenario() {
        Set<String> unfired = new TreeSet<>(EXPECTED);
        unfired.removeAll(FIRED);
        if (!unfired.isEmpty()) {
            throw new AssertionError("Rules that fire in no scenario of features/ (write one): " + unfired);
        }
    }
}
