package dev.easel.rules.engine;

import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RulesVersion;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * At start: keeps the ruleset that serves (so it can be come back to), and in staged mode serves again what the last
 * promotion made serve, the rules folder's content then waiting as a candidate.
 */
final class ServingRestore implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ServingRestore.class);

    private final LiveRules live;
    private final RulesetStore store;
    private final boolean staged;

    ServingRestore(LiveRules live, RulesetStore store, boolean staged) {
        this.live = live;
        this.store = store;
        this.staged = staged;
    }

    @Override
    public void afterSingletonsInstantiated() {
        RuleFiles folder = live.readSource();
        Optional<RuleFiles> serving = folder.version().equals(live.current().version())
                ? Optional.of(folder)
                : Optional.of(RuleFiles.fromClasspath(LiveRules.PACKAGED))
                        .filter(files -> files.version().equals(live.current().version()));
        serving.ifPresent(files -> store.keep(files, RulesVersion.Origin.STARTUP.name(), "easel", null, null));
        if (!staged) {
            return;
        }
        List<RulesetStore.Promotion> promotions = store.promotions();
        if (promotions.isEmpty()) {
            return;
        }
        RulesetStore.Promotion last = promotions.get(0);
        Optional<Ruleset> promoted = store.built(last.version());
        Optional<Ruleset> base = store.built(last.baseVersion());
        if (promoted.isEmpty() || base.isEmpty()) {
            log.error(
                    "The last promoted rules ({} on {}) do not build; the rules folder serves",
                    last.version(),
                    last.baseVersion());
            return;
        }
        live.restore(
                last.percent() >= 100
                        ? new LiveRules.Serving(promoted.get(), null, 0)
                        : new LiveRules.Serving(base.get(), promoted.get(), last.percent()));
        log.info(
                "Staged mode: serving the last promotion again, version {} to {} % of customers",
                last.version(), last.percent());
        if (!folder.version().equals(live.current().version())
                && live.compile(folder).succeeded()) {
            store.keep(
                    folder,
                    RulesVersion.Origin.FOLDER.name(),
                    RuleCandidates.FOLDER_AUTHOR,
                    live.current().version(),
                    null);
        }
    }
}
