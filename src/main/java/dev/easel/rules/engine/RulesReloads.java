package dev.easel.rules.engine;

import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RulesReloaded;
import dev.easel.rules.RulesVersion;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every reload that changes what serves goes through here, so that each announces {@link RulesReloaded} (and is
 * recorded in the audit trail) before the new rules serve, whether an operator or the folder watcher asked for it.
 */
public final class RulesReloads {

    private final LiveRules rules;
    private final ApplicationEventPublisher events;
    private final RulesetStore store;
    private final RuleCandidates candidates;

    /** Without kept versions or staged mode: for tests of the reload alone. */
    RulesReloads(LiveRules rules, ApplicationEventPublisher events) {
        this(rules, events, null, null);
    }

    RulesReloads(LiveRules rules, ApplicationEventPublisher events, RulesetStore store, RuleCandidates candidates) {
        this.rules = rules;
        this.events = events;
        this.store = store;
        this.candidates = candidates;
    }

    /**
     * An operator's explicit reload: always rebuilds. In staged mode the folder becomes a candidate and what served
     * keeps serving.
     */
    public LiveRules.Reload reload(String actor, String actorRole) {
        if (candidates != null && candidates.staged()) {
            return staged();
        }
        return rules.reload(next -> announce(next, actor, actorRole, "api"));
    }

    /** The folder watcher's reload: rebuilds only when the files changed or the last build failed. */
    LiveRules.Reload reloadIfChanged() {
        if (candidates != null && candidates.staged()) {
            return staged();
        }
        return rules.reloadIfChanged(next -> announce(next, "easel", "SYSTEM", "folder-watcher"));
    }

    private LiveRules.Reload staged() {
        return candidates.captureFolder().isPresent()
                ? new LiveRules.Reload(false, rules.current(), List.of())
                : rules.compileErrors();
    }

    private void announce(Ruleset next, String actor, String actorRole, String trigger) {
        // Kept before it serves, so that it can be rolled back to. Files saved again since the build are left to the
        // reload they cause.
        RuleFiles files = store == null ? null : rules.readSource();
        if (files != null && files.version().equals(next.version())) {
            store.keep(
                    files,
                    RulesVersion.Origin.RELOAD.name(),
                    actor,
                    rules.current().version(),
                    null);
        }
        events.publishEvent(
                new RulesReloaded(next.version(), rules.current().version(), next.files(), actor, actorRole, trigger));
    }
}
