package dev.easel.rules.engine;

import dev.easel.shared.FolderWatcher;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Reloads the rules when files in the rules folder change, once the folder has been quiet for the debounce. */
final class RulesFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);

    private final LiveRules rules;
    private final RulesReloads reloads;
    private final boolean enabled;
    private final Duration debounce;
    private FolderWatcher watcher;

    RulesFolderWatcher(LiveRules rules, RulesReloads reloads, boolean enabled, Duration debounce) {
        this.rules = rules;
        this.reloads = reloads;
        this.enabled = enabled;
        this.debounce = debounce;
    }

    @Override
    public synchronized void start() {
        if (isRunning() || !enabled || rules.directory().isEmpty()) {
            return;
        }
        FolderWatcher started = new FolderWatcher("rules", rules.directory().get(), debounce, reloads::reloadIfChanged);
        if (started.start()) {
            watcher = started;
        } else {
            log.warn("Rule changes are not picked up on their own: reload with POST /api/rules/reload");
        }
    }

    @Override
    public synchronized void stop() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null && watcher.isRunning();
    }
}
