package dev.easel.rules.engine;

import dev.easel.rules.RulesReloaded;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every reload that changes what serves goes through here, so that each announces {@link RulesReloaded} (and is
 * recorded in the audit trail) before the new rules serve, whether an operator or the folder watcher asked for it.
 */
public final class RulesReloads {

    private final LiveRules rules;
    private final ApplicationEventPublisher events;

    RulesReloads(LiveRules rules, ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
    }

    /** An operator's explicit reload: always rebuilds. */
    public LiveRules.Reload reload(String actor, String actorRole) {
        return rules.reload(next -> announce(next, actor, actorRole, "api"));
    }

    /** The folder watcher's reload: rebuilds only when the files changed or the last build failed. */
    LiveRules.Reload reloadIfChanged() {
        return rules.reloadIfChanged(next -> announce(next, "easel", "SYSTEM", "folder-watcher"));
    }

    private void announce(Ruleset next, String actor, String actorRole, String trigger) {
        events.publishEvent(new RulesReloaded(next.version(), rules.current().version(), next.files(), actor,
                actorRole, trigger));
    }
}
