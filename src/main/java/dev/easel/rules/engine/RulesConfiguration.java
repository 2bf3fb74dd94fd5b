package dev.easel.rules.engine;

import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RulePromotions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the rules module: the live ruleset, the engine on top of it, the kept versions, candidates and promotions,
 * and the folder watcher.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    LiveRules liveRules(RulesProperties properties) {
        return LiveRules.open(properties.location(), new RulesetCompiler());
    }

    @Bean
    RulesetStore rulesetStore(JdbcClient jdbc, LiveRules liveRules) {
        return new RulesetStore(jdbc, liveRules);
    }

    @Bean
    RuleEngine ruleEngine(LiveRules liveRules, RulesetStore store) {
        return new RuleEngine(
                liveRules,
                version -> store.built(version)
                        .orElseThrow(
                                () -> new IllegalArgumentException("no kept ruleset " + version + " that builds")));
    }

    @Bean
    RuleCandidates ruleCandidates(RulesetStore store, LiveRules liveRules, RulesProperties properties) {
        return new RuleCandidates(store, liveRules, properties.staged());
    }

    @Bean
    RulePromotions rulePromotions(
            RulesetStore store,
            LiveRules liveRules,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        return new RulePromotions(store, liveRules, events, transactions);
    }

    @Bean
    RulesReloads rulesReloads(
            LiveRules liveRules, ApplicationEventPublisher events, RulesetStore store, RuleCandidates candidates) {
        return new RulesReloads(liveRules, events, store, candidates);
    }

    @Bean
    ServingRestore servingRestore(LiveRules liveRules, RulesetStore store, RulesProperties properties) {
        return new ServingRestore(liveRules, store, properties.staged());
    }

    @Bean
    RulesFolderWatcher rulesFolderWatcher(LiveRules liveRules, RulesReloads reloads, RulesProperties properties) {
        return new RulesFolderWatcher(
                liveRules,
                reloads,
                properties.watch().enabled(),
                properties.watch().debounce());
    }
}
