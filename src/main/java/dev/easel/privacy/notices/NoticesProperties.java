package dev.easel.privacy.notices;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location the notices folder, relative to the working directory; the jar's copy serves when it is absent
 * @param watch    reload when a file changes, once the folder has been quiet for {@code debounce}
 */
@ConfigurationProperties("easel.privacy.notices")
record NoticesProperties(
        @DefaultValue("notices") Path location,
        @DefaultValue Watch watch) {

    record Watch(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500ms") Duration debounce) {}
}
