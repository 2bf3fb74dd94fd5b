package dev.easel.rules;

import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RuleError;
import dev.easel.rules.engine.RuleFiles;
import dev.easel.rules.engine.RulesetCompiler;
import dev.easel.rules.engine.RulesetStore;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ruleset versions kept beside the one in service: every version Easel has seen (by content hash), candidates
 * submitted through the API or saved in the rules folder in staged mode, and where each stands.
 */
public class RuleCandidates {

    /** Who a version saved in the rules folder is attributed to: the folder does not say who edited it. */
    public static final String FOLDER_AUTHOR = "rules-folder";

    /**
     * What a version saved in the rules folder says of itself: four eyes cannot hold for it, since the person who
     * edited the file may be an administrator who then promotes it.
     */
    public static final String FOLDER_NOTE = "Saved in the rules folder: who edited it is not known, so any "
            + "administrator may promote it, its editor included. Submit the change in the console or through the API "
            + "to have it promoted by someone other than its author.";

    private static final Logger log = LoggerFactory.getLogger(RuleCandidates.class);
    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9._-]*\\.(drl|csv)");

    private final RulesetStore store;
    private final LiveRules live;
    private final boolean staged;

    public RuleCandidates(RulesetStore store, LiveRules live, boolean staged) {
        this.store = store;
        this.live = live;
        this.staged = staged;
    }

    /** True when changes to the rules folder become candidates instead of serving at once. */
    public boolean staged() {
        return staged;
    }

    /** What a submission gave: the kept version, or every error (file and line) and nothing kept. */
    public record Submission(Optional<RulesVersion> version, List<String> errors, Map<String, String> fieldErrors) {

        public boolean accepted() {
            return version.isPresent();
        }
    }

    /**
     * Keeps the serving ruleset with {@code changed} files replaced or added (path inside the rules folder to its
     * text) as a candidate by {@code author}, when it builds and passes the dry run on sample facts.
     */
    public Submission submit(Map<String, String> changed, String note, String author) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (changed == null || changed.isEmpty()) {
            fieldErrors.put("files", "name at least one changed file");
        } else {
            changed.forEach((path, text) -> {
                if (path == null || !PATH.matcher(path).matches()) {
                    fieldErrors.put(
                            "files[" + path + "]", "a path inside the rules folder such as review/clv-spikes.drl");
                } else if (text == null || text.isBlank()) {
                    fieldErrors.put("files[" + path + "]", "the file's text is empty");
                } else if (text.indexOf('\0') >= 0) {
                    fieldErrors.put("files[" + path + "]", "the file's text holds a NUL character");
                }
            });
        }
        if (note != null && note.length() > 500) {
            fieldErrors.put("note", "at most 500 characters");
        }
        if (!fieldErrors.isEmpty()) {
            return new Submission(Optional.empty(), List.of(), fieldErrors);
        }
        String base = live.current().version();
        SortedMap<String, byte[]> files =
                new TreeMap<>(store.files(base).orElseGet(live::readSource).files());
        changed.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        RuleFiles candidate = new RuleFiles("submitted", files);
        RulesetCompiler.Result result = live.compile(candidate);
        if (!result.succeeded()) {
            Map<String, String> byFile = new LinkedHashMap<>();
            for (RuleError error : result.errors()) {
                byFile.merge("files[" + error.file() + "]", error.toString(), (a, b) -> a + "; " + b);
            }
            return new Submission(
                    Optional.empty(),
                    result.errors().stream().map(Object::toString).toList(),
                    byFile);
        }
        store.keep(candidate, RulesVersion.Origin.SUBMITTED.name(), author, base, note);
        return new Submission(find(candidate.version()), List.of(), Map.of());
    }

    /**
     * Keeps a whole rules folder (every {@code .drl} and {@code .csv} under it) as a candidate by {@code author}, when
     * it builds and passes the dry run; for the command line's preview of a folder.
     */
    public Submission submitFolder(java.nio.file.Path directory, String note, String author) {
        RuleFiles files = RuleFiles.fromDirectory(directory);
        RulesetCompiler.Result result = live.compile(files);
        if (!result.succeeded()) {
            return new Submission(
                    Optional.empty(),
                    result.errors().stream().map(Object::toString).toList(),
                    Map.of());
        }
        store.keep(
                files,
                RulesVersion.Origin.SUBMITTED.name(),
                author,
                live.current().version(),
                note);
        return new Submission(find(files.version()), List.of(), Map.of());
    }

    /**
     * Staged mode: keeps what the rules folder holds now as a candidate, when it builds and is not kept already.
     * The service keeps serving what it served.
     */
    public Optional<RulesVersion> captureFolder() {
        RuleFiles files = live.readSource();
        RulesetCompiler.Result result = live.compile(files);
        if (!result.succeeded()) {
            log.warn(
                    "The rules folder does not build; nothing kept as a candidate:\n{}",
                    String.join(
                            "\n", result.errors().stream().map(Object::toString).toList()));
            return Optional.empty();
        }
        if (store.keep(
                files,
                RulesVersion.Origin.FOLDER.name(),
                FOLDER_AUTHOR,
                live.current().version(),
                FOLDER_NOTE)) {
            log.info(
                    "Rules folder saved as candidate {} beside version {} in service (staged mode)",
                    files.version(),
                    live.current().version());
        }
        return find(files.version());
    }

    /** Every kept version, newest first. */
    public List<RulesVersion> all() {
        Standings standings = standings();
        return store.all().stream()
                .map(kept -> view(kept, standings, List.of()))
                .toList();
    }

    public Optional<RulesVersion> find(String version) {
        Standings standings = standings();
        return store.find(version)
                .map(kept -> view(
                        kept,
                        standings,
                        store.files(version).map(RuleFiles::names).orElse(List.of())));
    }

    /** The text of a kept version's files, by path. */
    public Optional<Map<String, String>> files(String version) {
        return store.files(version).map(files -> {
            Map<String, String> texts = new LinkedHashMap<>();
            files.files().forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
            return texts;
        });
    }

    private record Standings(LiveRules.Serving serving, Set<String> served) {}

    private Standings standings() {
        Set<String> served = new HashSet<>();
        store.promotions().forEach(promotion -> {
            served.add(promotion.version());
            served.add(promotion.baseVersion());
        });
        return new Standings(live.serving(), served);
    }

    private static RulesVersion view(RulesetStore.Kept kept, Standings standings, List<String> files) {
        LiveRules.Serving serving = standings.serving();
        RulesVersion.Origin origin = RulesVersion.Origin.valueOf(kept.origin());
        RulesVersion.Standing standing;
        int percent = 0;
        if (serving.rollingOut() && serving.next().version().equals(kept.version())) {
            standing = RulesVersion.Standing.ROLLING_OUT;
            percent = serving.percent();
        } else if (serving.base().version().equals(kept.version())) {
            standing = RulesVersion.Standing.SERVING;
            percent = serving.rollingOut() ? 100 - serving.percent() : 100;
        } else if (standings.served().contains(kept.version())
                || origin == RulesVersion.Origin.STARTUP
                || origin == RulesVersion.Origin.RELOAD) {
            standing = RulesVersion.Standing.EARLIER;
        } else {
            standing = RulesVersion.Standing.CANDIDATE;
        }
        return new RulesVersion(
                kept.version(),
                origin,
                kept.author(),
                kept.baseVersion(),
                kept.note(),
                kept.createdAt(),
                standing,
                percent,
                files);
    }
}
