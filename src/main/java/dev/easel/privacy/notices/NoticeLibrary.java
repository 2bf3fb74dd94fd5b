package dev.easel.privacy.notices;

import dev.easel.shared.FolderWatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The notices customers are shown, as compliance last saved them. Serves the {@code notices/} folder when it exists,
 * else the copy in the jar. A reload that finds problems keeps the texts that were working and reports every
 * problem with file and line; a start with broken notices fails, since no consent may be captured without them.
 */
@Component
public class NoticeLibrary implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeLibrary.class);

    private final Optional<Path> directory;
    private final NoticesProperties properties;
    private final AtomicReference<Notices> current = new AtomicReference<>();
    private volatile List<NoticeProblem> lastProblems = List.of();
    private FolderWatcher watcher;

    NoticeLibrary(NoticesProperties properties) {
        this.properties = properties;
        this.directory = Optional.of(properties.location()).filter(Files::isDirectory);
        NoticeCompiler.Result first = compile();
        if (!first.ok()) {
            throw new IllegalStateException("The notices in " + location() + " have problems:\n"
                    + String.join(
                            "\n",
                            first.problems().stream()
                                    .map(NoticeProblem::toString)
                                    .toList()));
        }
        current.set(first.notices());
    }

    public Notices current() {
        return current.get();
    }

    /** The problems the last reload found (empty when it loaded). */
    public List<NoticeProblem> lastProblems() {
        return lastProblems;
    }

    /** Reads the folder again; swaps the texts in only when they have no problem. */
    public synchronized Reload reload() {
        NoticeCompiler.Result result = compile();
        lastProblems = result.problems();
        if (!result.ok()) {
            log.warn(
                    "Notices not reloaded, version {} keeps serving:\n{}",
                    current().shortVersion(),
                    String.join(
                            "\n",
                            result.problems().stream()
                                    .map(NoticeProblem::toString)
                                    .toList()));
            return new Reload(false, current().version(), result.problems());
        }
        Notices previous = current.getAndSet(result.notices());
        if (!previous.version().equals(result.notices().version())) {
            log.info("Notices reloaded: version {}", result.notices().shortVersion());
        }
        return new Reload(true, result.notices().version(), List.of());
    }

    /** @param version the version serving after the reload */
    public record Reload(boolean loaded, String version, List<NoticeProblem> problems) {}

    private NoticeCompiler.Result compile() {
        SortedMap<String, byte[]> files =
                directory.map(NoticeFiles::fromDirectory).orElseGet(NoticeFiles::fromClasspath);
        return NoticeCompiler.compile(location(), files);
    }

    private String location() {
        return directory.map(Path::toString).orElse("classpath:" + NoticeFiles.PACKAGED);
    }

    @Override
    public synchronized void start() {
        if (watcher != null || !properties.watch().enabled() || directory.isEmpty()) {
            return;
        }
        FolderWatcher started =
                new FolderWatcher("notices", directory.get(), properties.watch().debounce(), this::reload);
        if (started.start()) {
            watcher = started;
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
