package dev.easel.rules;

import java.util.List;

/**
 * A new ruleset is about to serve. Published before the swap, synchronously: when a listener fails (the audit
 * record cannot be written), the reload fails and the previous ruleset keeps serving.
 *
 * @param version         the new ruleset's version (SHA-256 over its files)
 * @param previousVersion the version that served until now
 * @param files           the rule files of the new ruleset
 * @param actor           the user who asked for the reload, or {@code easel} when the folder watcher did
 * @param actorRole       that user's role, or {@code SYSTEM}
 * @param trigger         {@code api} or {@code folder-watcher}
 */
public record RulesReloaded(
        String version, String previousVersion, List<String> files, String actor, String actorRole, String trigger) {

    public RulesReloaded {
        files = List.copyOf(files);
    }
}
