package dev.easel.rules;

import java.time.Instant;
import java.util.List;

/**
 * A kept ruleset version and where it stands.
 *
 * @param origin  how Easel came to keep it ({@link Origin})
 * @param author  who made it: the user who submitted it, or {@code rules-folder} for an edit saved in the folder
 * @param percent the share of customers it serves, 0 to 100
 */
public record RulesVersion(
        String version,
        Origin origin,
        String author,
        String baseVersion,
        String note,
        Instant createdAt,
        Standing standing,
        int percent,
        List<String> files) {

    public RulesVersion {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public enum Origin {
        /** What served when the service started. */
        STARTUP,
        /** Served by a live reload (the folder watcher or an operator, outside staged mode). */
        RELOAD,
        /** Saved in the rules folder in staged mode. */
        FOLDER,
        /** Submitted through the API or the console. */
        SUBMITTED
    }

    public enum Standing {
        /** Serves every customer outside a rollout's share. */
        SERVING,
        /** Serves a share of customers. */
        ROLLING_OUT,
        /** Never served: waiting for its impact report and a promotion. */
        CANDIDATE,
        /** Served once; a promotion of it is a rollback. */
        EARLIER
    }
}
