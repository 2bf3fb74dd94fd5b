package dev.easel.clv.engine;

import dev.easel.shared.FolderWatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reloads the declared season file when its folder changes, once the folder has been quiet for the debounce, as the
 * rules are reloaded: the new season is validated and, when good, is the one the next fit uses; when broken, its
 * problems are shown and the last good season stays. Reads the file once at start-up too.
 */
@Component
final class SeasonFileWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SeasonFileWatcher.class);

    private final SeasonFile season;
    private final ModelChoiceProperties choice;
    private final boolean enabled;
    private final Duration debounce;
    private FolderWatcher watcher;

    SeasonFileWatcher(
            SeasonFile season,
            ModelChoiceProperties choice,
            @Value("${easel.clv.model-choice.watch.enabled:true}") boolean enabled,
            @Value("${easel.clv.model-choice.watch.debounce:500ms}") Duration debounce) {
        this.season = season;
        this.choice = choice;
        this.enabled = enabled;
        this.debounce = debounce;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        season.reload();
        Path folder = choice.seasonFile().toAbsolutePath().getParent();
        if (!enabled || folder == null || !Files.isDirectory(folder)) {
            return;
        }
        FolderWatcher started = new FolderWatcher("season", folder, debounce, season::reload);
        if (started.start()) {
            watcher = started;
            season.watched(true);
        } else {
            log.warn("Edits of {} are picked up at the next fit only", choice.seasonFile());
        }
    }

    @Override
    public synchronized void stop() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
            season.watched(false);
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null && watcher.isRunning();
    }
}
