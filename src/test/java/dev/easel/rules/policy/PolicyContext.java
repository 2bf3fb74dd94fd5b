package dev.easel.rules.policy;

import dev.easel.rules.RuleEngine;
import dev.easel.rules.RulesFolders;
import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RulesetCompiler;
import io.cucumber.spring.CucumberContextConfiguration;
import io.cucumber.spring.ScenarioScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.test.context.ContextConfiguration;

/** One small Spring context for every scenario: the engine on the project's rules, and a fresh world per scenario. */
@CucumberContextConfiguration
@ContextConfiguration(classes = PolicyContext.Beans.class)
class PolicyContext {

    /** Deliberately not a {@code @Configuration}: the service's component scan must not pick these beans up. */
    static class Beans {

        @Bean
        LiveRules liveRules() {
            LiveRules rules = LiveRules.strict(RulesFolders.PROJECT_RULES, new RulesetCompiler());
            RuleCoverage.expect(rules.current().allRuleNames());
            JurisdictionCoverage.expect(rules.current().jurisdictions().laws().stream()
                    .map(dev.easel.rules.facts.Law::jurisdiction)
                    .toList());
            return rules;
        }

        @Bean
        RuleEngine ruleEngine(LiveRules liveRules) {
            return new RuleEngine(liveRules);
        }

        /** Not proxied: steps read its fields directly, and glue is created per scenario anyway. */
        @Bean
        @ScenarioScope(proxyMode = ScopedProxyMode.NO)
        PolicyWorld policyWorld(RuleEngine ruleEngine) {
            return new PolicyWorld(ruleEngine);
        }
    }
}
