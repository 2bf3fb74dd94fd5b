package dev.easel.rules.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ruleset being served, swapped atomically by {@link #reload()} only when a new build is clean; a failed build
 * leaves the previous ruleset serving and its errors in {@link #lastErrors()}.
 */
public final class LiveRules {

    /** Where the packaged copy of {@code rules/} sits in the jar. */
    public static final String PACKAGED = "easel/rules";

    private static final Logger log = LoggerFactory.getLogger(LiveRules.class);

    private final Path directory;
    private final Supplier<RuleFiles> source;
    private final RulesetCompiler compiler;
    private final AtomicReference<Ruleset> current = new AtomicReference<>();
    private volatile List<RuleError> lastErrors = List.of();

    private LiveRules(Path directory, Supplier<RuleFiles> source, RulesetCompiler compiler) {
        this.directory = directory;
        this.source = source;
        this.compiler = compiler;
    }

    /**
     * Serves {@code directory} when it exists, otherwise the copy packaged in the jar. When the folder does not build
     * at start, the packaged copy serves and the folder's errors are kept as the last errors.
     */
    public static LiveRules open(Path directory, RulesetCompiler compiler) {
        if (!Files.isDirectory(directory)) {
            log.info("No rules folder at {}: serving the rules packaged in the jar", directory.toAbsolutePath());
            return start(new LiveRules(null, () -> RuleFiles.fromClasspath(PACKAGED), compiler));
        }
        LiveRules rules = new LiveRules(directory, () -> RuleFiles.fromDirectory(directory), compiler);
        RulesetCompiler.Result result = rules.build();
        if (result.succeeded()) {
            rules.current.set(result.ruleset());
            return rules;
        }
        log.error("The rules folder {} does not build, serving the packaged rules until it does:\n{}",
                directory.toAbsolutePath(), describe(result.errors()));
        RulesetCompiler.Result packaged = compiler.compile(RuleFiles.fromClasspath(PACKAGED));
        if (!packaged.succeeded()) {
            throw new IllegalStateException("Neither the rules folder nor the packaged rules build:\n"
                    + describe(result.errors()));
        }
        rules.current.set(packaged.ruleset());
        rules.lastErrors = result.errors();
        return rules;
    }

    /** Serves exactly {@code directory}, failing when it does not build: for tools and tests. */
    public static LiveRules strict(Path directory, RulesetCompiler compiler) {
        return start(new LiveRules(directory, () -> RuleFiles.fromDirectory(directory), compiler));
    }

    private static LiveRules start(LiveRules rules) {
        RulesetCompiler.Result result = rules.build();
        if (!result.succeeded()) {
            throw new IllegalStateException("The rules do not build:\n" + describe(result.errors()));
        }
        rules.current.set(result.ruleset());
        return rules;
    }

    public Ruleset current() {
        return current.get();
    }

    /** The errors of the last failed build; empty once a build succeeds. */
    public List<RuleError> lastErrors() {
        return lastErrors;
    }

    /** The folder being served and watched; empty when the packaged copy serves. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** What a reload did: the ruleset serving afterwards and, when the build failed, why. */
    public record Reload(boolean swapped, Ruleset serving, List<RuleError> errors) {

        public boolean failed() {
            return !errors.isEmpty();
        }
    }

    /** Rebuilds from the source; swaps only on a clean build. */
    public Reload reload() {
        return reload(next -> { });
    }

    /**
     * Rebuilds from the source; on a clean build, hands the new ruleset to {@code beforeSwap} and swaps only when it
     * returns normally. The audit record of a reload is written there: no new rules serve without their record.
     */
    public synchronized Reload reload(Consumer<Ruleset> beforeSwap) {
        RulesetCompiler.Result result = build();
        if (result.succeeded()) {
            beforeSwap.accept(result.ruleset());
            current.set(result.ruleset());
            lastErrors = List.of();
            log.info("Rules reloaded: version {} ({} files)", result.ruleset().version(),
                    result.ruleset().files().size());
            return new Reload(true, result.ruleset(), List.of());
        }
        lastErrors = result.errors();
        log.warn("Rules not reloaded, version {} keeps serving:\n{}", current().version(),
                describe(result.errors()));
        return new Reload(false, current(), result.errors());
    }

    /** Rebuilds only when the files differ from what serves, or the last build failed. */
    public synchronized Reload reloadIfChanged(Consumer<Ruleset> beforeSwap) {
        if (lastErrors.isEmpty() && readFiles().version().equals(current().version())) {
            return new Reload(false, current(), List.of());
        }
        return reload(beforeSwap);
    }

    private RulesetCompiler.Result build() {
        try {
            return compiler.compile(readFiles());
        } catch (RuntimeException e) {
            return new RulesetCompiler.Result(null, List.of(new RuleError(String.valueOf(directory), 0,
                    "cannot read the rules: " + e.getMessage())));
        }
    }

    private RuleFiles readFiles() {
        return source.get();
    }

    private static String describe(List<RuleError> errors) {
        return String.join("\n", errors.stream().map(RuleError::toString).toList());
    }
}
