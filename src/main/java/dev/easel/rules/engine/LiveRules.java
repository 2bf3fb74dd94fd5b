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
    private final AtomicReference<Serving> serving = new AtomicReference<>();
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
            rules.serving.set(Serving.all(result.ruleset()));
            return rules;
        }
        log.error(
                "The rules folder {} does not build, serving the packaged rules until it does:\n{}",
                directory.toAbsolutePath(),
                describe(result.errors()));
        RulesetCompiler.Result packaged = compiler.compile(RuleFiles.fromClasspath(PACKAGED));
        if (!packaged.succeeded()) {
            throw new IllegalStateException(
                    "Neither the rules folder nor the packaged rules build:\n" + describe(result.errors()));
        }
        rules.serving.set(Serving.all(packaged.ruleset()));
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
        rules.serving.set(Serving.all(result.ruleset()));
        return rules;
    }

    /** The ruleset serving every customer (outside a staged rollout's share). */
    public Ruleset current() {
        return serving.get().base();
    }

    /** What serves: the base ruleset and, during a staged rollout, the promoted one and its share. */
    public Serving serving() {
        return serving.get();
    }

    /**
     * What serves during and outside a staged rollout.
     *
     * @param next    the promoted ruleset serving the customers in the share; null outside a rollout
     * @param percent the share of customers (by a hash of their key) that {@code next} serves, 1 to 99
     */
    public record Serving(Ruleset base, Ruleset next, int percent) {

        static Serving all(Ruleset ruleset) {
            return new Serving(ruleset, null, 0);
        }

        public boolean rollingOut() {
            return next != null;
        }
    }

    /**
     * Serves {@code ruleset} for the customers in {@code percent} (100: everyone, and it becomes the base). A promotion
     * or a rollback; {@code beforeSwap} records it first, and nothing changes when it throws.
     */
    public synchronized Serving promote(Ruleset ruleset, int percent, Consumer<Serving> beforeSwap) {
        // A share always stands on the ruleset serving everyone; a second share replaces the first.
        Serving next = percent >= 100
                ? Serving.all(ruleset)
                : new Serving(serving.get().base(), ruleset, percent);
        beforeSwap.accept(next);
        serving.set(next);
        log.info("Rules promoted: version {} serves {} % of customers", ruleset.version(), Math.min(percent, 100));
        return next;
    }

    /** Puts back what served before a restart, without announcing it (it was recorded when it was promoted). */
    public synchronized void restore(Serving restored) {
        serving.set(restored);
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
        return reload(next -> {});
    }

    /**
     * Rebuilds from the source; on a clean build, hands the new ruleset to {@code beforeSwap} and swaps only when it
     * returns normally. The audit record of a reload is written there: no new rules serve without their record.
     */
    public synchronized Reload reload(Consumer<Ruleset> beforeSwap) {
        RulesetCompiler.Result result = build();
        if (result.succeeded()) {
            beforeSwap.accept(result.ruleset());
            serving.set(Serving.all(result.ruleset()));
            lastErrors = List.of();
            log.info(
                    "Rules reloaded: version {} ({} files)",
                    result.ruleset().version(),
                    result.ruleset().files().size());
            return new Reload(true, result.ruleset(), List.of());
        }
        lastErrors = result.errors();
        log.warn("Rules not reloaded, version {} keeps serving:\n{}", current().version(), describe(result.errors()));
        return new Reload(false, current(), result.errors());
    }

    /** Rebuilds only when the files differ from what serves, or the last build failed. */
    public synchronized Reload reloadIfChanged(Consumer<Ruleset> beforeSwap) {
        if (lastErrors.isEmpty() && readFiles().version().equals(current().version())) {
            return new Reload(false, current(), List.of());
        }
        return reload(beforeSwap);
    }

    /** The folder's build errors as a refused reload: staged mode when the folder does not build. */
    public synchronized Reload compileErrors() {
        RulesetCompiler.Result result = build();
        if (!result.succeeded()) {
            lastErrors = result.errors();
        }
        return new Reload(false, current(), result.errors());
    }

    /** The files of the folder (or the packaged copy) as they are now, read once. */
    public RuleFiles readSource() {
        return readFiles();
    }

    /** Builds files exactly as a reload would, without serving them. */
    public RulesetCompiler.Result compile(RuleFiles files) {
        return compiler.compile(files);
    }

    private RulesetCompiler.Result build() {
        try {
            return compiler.compile(readFiles());
        } catch (RuntimeException e) {
            return new RulesetCompiler.Result(
                    null,
                    List.of(new RuleError(String.valueOf(directory), 0, "cannot read the rules: " + e.getMessage())));
        }
    }

    private RuleFiles readFiles() {
        return source.get();
    }

    private static String describe(List<RuleError> errors) {
        return String.join("\n", errors.stream().map(RuleError::toString).toList());
    }
}
