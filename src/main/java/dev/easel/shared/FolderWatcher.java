package dev.easel.shared;

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

/**
 * Runs a reload when files in an editable folder (rules, notices) change. Every change restarts a quiet period (the
 * debounce), so an editor saving in several steps triggers one reload of the finished file, not one per half-written
 * state. Reloads run on a thread of their own, one at a time.
 */
public final class FolderWatcher {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final String name;
    private final Path directory;
    private final Duration debounce;
    private final Runnable reload;
    private WatchService watchService;
    private ExecutorService watcher;
    private ScheduledExecutorService reloader;
    private ScheduledFuture<?> pending;
    private volatile boolean running;

    /** @param name what is watched, for thread names and log lines ({@code rules}, {@code notices}) */
    public FolderWatcher(String name, Path directory, Duration debounce, Runnable reload) {
        this.name = name;
        this.directory = directory;
        this.debounce = debounce;
        this.reload = reload;
    }

    /** @return false when the folder cannot be watched (the reason is logged) */
    public synchronized boolean start() {
        if (running) {
            return true;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(directory);
        } catch (IOException e) {
            log.warn("Cannot watch the {} folder {}", name, directory, e);
            return false;
        }
        watcher = Executors.newSingleThreadExecutor(daemon(name + "-watcher"));
        reloader = Executors.newSingleThreadScheduledExecutor(daemon(name + "-reload"));
        running = true;
        watcher.execute(this::watch);
        log.info("Watching {} for {} changes (debounce {} ms)", directory.toAbsolutePath(), name, debounce.toMillis());
        return true;
    }

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
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                        && key.watchable() instanceof Path parent
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
        pending = reloader.schedule(this::reloadQuietly, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reloadQuietly() {
        try {
            reload.run();
        } catch (RuntimeException e) {
            log.error("Reloading the {} failed", name, e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isDirectory).toList()) {
                path.register(
                        watchService,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            log.warn("Cannot watch the new folder {}", folder, e);
        }
    }

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
            log.debug("Closing the {} watcher", name, e);
        }
    }

    public boolean isRunning() {
        return running;
    }
}
