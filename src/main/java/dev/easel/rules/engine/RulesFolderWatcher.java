package dev.easel.rules.engine;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reloads the rules when files in the rules folder change. Every change restarts a quiet period (the debounce), so
 * an editor saving in several steps triggers one reload of the finished file, not one per half-written state.
 */
final class RulesFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);

    private final LiveRules rules;
    private final RulesReloads reloads;
    private final boolean enabled;
    private final Duration debounce;
    private WatchService watchService;
    private ExecutorService watcher;
    private ScheduledExecutorService reloader;
    private ScheduledFuture<?> pending;
    private volatile boolean running;

    RulesFolderWatcher(LiveRules rules, RulesReloads reloads, boolean enabled, Duration debounce) {
        this.rules = rules;
        this.reloads = reloads;
        this.enabled = enabled;
        this.debounce = debounce;
    }

    @Override
    public synchronized void start() {
        if (running || !enabled || rules.directory().isEmpty()) {
            return;
        }
        Path directory = rules.directory().get();
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(directory);
        } catch (IOException e) {
            log.warn("Cannot watch the rules folder {}: reload with POST /api/rules/reload", directory, e);
            return;
        }
        watcher = Executors.newSingleThreadExecutor(daemon("rules-watcher"));
        reloader = Executors.newSingleThreadScheduledExecutor(daemon("rules-reload"));
        running = true;
        watcher.execute(this::watch);
        log.info("Watching {} for rule changes (debounce {} ms)", directory.toAbsolutePath(), debounce.toMillis());
    }

    /** Waits for changes; reloads run on their own thread, one at a time. */
    private void watch() {
        while (running) {
            WatchKey key;
            try {
                key = watchService.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (key == null) {
                continue;
            }
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path parent
                        && Files.isDirectory(parent.resolve((Path) event.context()))) {
                    registerQuietly(parent.resolve((Path) event.context()));
                }
            }
            key.reset();
            scheduleReload();
        }
    }

    private synchronized void scheduleReload() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = reloader.schedule(this::reload, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void reload() {
        try {
            reloads.reloadIfChanged();
        } catch (RuntimeException e) {
            log.error("Reloading the rules failed", e);
        }
    }

    private void registerTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isDirectory).toList()) {
                path.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void registerQuietly(Path directory) {
        try {
            registerTree(directory);
        } catch (IOException e) {
            log.warn("Cannot watch the new folder {}", directory, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        if (pending != null) {
            pending.cancel(false);
        }
        watcher.shutdownNow();
        reloader.shutdownNow();
        try {
            watchService.close();
        } catch (IOException e) {
            log.debug("Closing the rules watcher", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
