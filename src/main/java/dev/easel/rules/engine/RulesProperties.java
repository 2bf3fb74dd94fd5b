package dev.easel.rules.engine;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rules are read from and whether edits are picked up on their own.
 *
 * @param location the rules folder, relative to the working directory; the jar's copy serves when it is absent
 * @param watch reload when a file in the folder changes, once the folder has been quiet for {@code debounce}
 * @param staged a change to the folder (seen by the watcher, or on an operator's reload) is kept as a candidate
 *               beside the version in service instead of serving; it serves only once promoted
 */
@ConfigurationProperties("easel.rules")
record RulesProperties(
        @DefaultValue("rules") Path location,
        @DefaultValue Watch watch,
        @DefaultValue("false") boolean staged) {

    record Watch(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500ms") Duration debounce) {}
}
