package dev.easel.rules.engine;

import dev.easel.rules.RuleEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the rules module: the live ruleset, the engine on top of it, and the folder watcher. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    LiveRules liveRules(RulesProperties properties) {
        return LiveRules.open(properties.location(), new RulesetCompiler());
    }

    @Bean
    RuleEngine ruleEngine(LiveRules liveRules) {
        return new RuleEngine(liveRules);
    }

    @Bean
    RulesReloads rulesReloads(LiveRules liveRules, ApplicationEventPublisher events) {
        return new RulesReloads(liveRules, events);
    }

    @Bean
    RulesFolderWatcher rulesFolderWatcher(LiveRules liveRules, RulesReloads reloads, RulesProperties properties) {
        return new RulesFolderWatcher(liveRules, reloads, properties.watch().enabled(), properties.watch().debounce());
    }
}
