package dev.easel.rules.engine;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;

/**
 * Builds a rules folder into a {@link Ruleset}: one KieBase per rule set folder, then a dry run of every rule set
 * against {@link SampleFacts} so that a rule that throws is caught before it serves. Either every step is clean, or
 * the result carries every error with file and line and no ruleset.
 */
public final class RulesetCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final String THRESHOLDS_SUFFIX = "Thresholds";
    /** Sessions kept ready per rule set; the pool grows when more threads evaluate at once. */
    private static final int SESSION_POOL_SIZE = 4;

    private static final String PARSE_ERROR = "[ERR ";
    private static final String NO_PACKAGE = "Parser returned a null Package";
    /** KieBuilder publishes into one process-wide repository by release id: one build at a time. */
    private static final Object BUILD_LOCK = new Object();

    private final Clock clock;

    public RulesetCompiler(Clock clock) {
        this.clock = clock;
    }

    public RulesetCompiler() {
        this(Clock.systemUTC());
    }

    /** The outcome of a build: a ruleset when there are no errors, otherwise the errors. */
    public record Result(Ruleset ruleset, List<RuleError> errors) {

        public Result {
            errors = List.copyOf(errors);
        }

        public boolean succeeded() {
            return ruleset != null;
        }
    }

    public Result compile(RuleFiles ruleFiles) {
        List<RuleError> errors = new ArrayList<>();
        Map<RuleSetName, SortedMap<String, byte[]>> bySet = new EnumMap<>(RuleSetName.class);
        for (RuleSetName name : RuleSetName.values()) {
            bySet.put(name, new TreeMap<>());
        }
        JurisdictionTable.Parsed table =
                JurisdictionTable.parse(ruleFiles.files().get(JurisdictionTable.FILE));
        errors.addAll(table.errors());
        ruleFiles.files().forEach((file, bytes) -> {
            if (file.endsWith(RuleFiles.DATA_EXTENSION)) {
                if (!file.equals(JurisdictionTable.FILE)) {
                    errors.add(new RuleError(
                            file,
                            0,
                            "the only data file the rules read is " + JurisdictionTable.FILE
                                    + "; move or rename this one"));
                }
                return;
            }
            int slash = file.indexOf('/');
            var set = slash < 0
                    ? java.util.Optional.<RuleSetName>empty()
                    : RuleSetName.ofFolder(file.substring(0, slash));
            if (set.isPresent()) {
                bySet.get(set.get()).put(file, bytes);
            } else {
                errors.add(
                        new RuleError(file, 0, "a rule file belongs in one of the folders consent/, clv/ or review/"));
            }
        });

        Map<RuleSetName, CompiledRuleSet> sets = new EnumMap<>(RuleSetName.class);
        for (var entry : bySet.entrySet()) {
            CompiledRuleSet set = build(entry.getKey(), entry.getValue(), errors);
            if (set != null) {
                sets.put(entry.getKey(), set);
            }
        }
        if (errors.isEmpty()) {
            checkUniqueRuleNames(sets, errors);
        }
        if (errors.isEmpty()) {
            sets.values().forEach(set -> errors.addAll(SampleFacts.dryRun(set, table.table())));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(
                new Ruleset(
                        ruleFiles.version(),
                        ruleFiles.location(),
                        ruleFiles.names(),
                        clock.instant(),
                        sets,
                        table.table()),
                List.of());
    }

    private CompiledRuleSet build(RuleSetName name, SortedMap<String, byte[]> files, List<RuleError> errors) {
        KieServices services = KieServices.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("dev.easel.rules", name.folder(), "1");
        fileSystem.generateAndWritePomXML(releaseId);
        files.forEach((file, bytes) -> fileSystem.write(RESOURCES + file, bytes));
        KieBase kieBase;
        KieContainerSessionsPool sessions;
        synchronized (BUILD_LOCK) {
            KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
            List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
            if (!messages.isEmpty()) {
                errors.addAll(withoutFollowOnErrors(
                        messages.stream().map(RulesetCompiler::toError).toList()));
                return null;
            }
            KieContainer container = services.newKieContainer(releaseId);
            kieBase = container.getKieBase();
            sessions = container.newKieSessionsPool(SESSION_POOL_SIZE);
        }
        List<Object> thresholds = new ArrayList<>();
        Map<String, RuleLocation> rules = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (FactType type : kiePackage.getFactTypes()) {
                if (type.getSimpleName().endsWith(THRESHOLDS_SUFFIX)) {
                    thresholds.add(newThresholds(type));
                }
            }
            for (Rule rule : kiePackage.getRules()) {
                rules.put(rule.getName(), locate(rule, files));
            }
        }
        return new CompiledRuleSet(name, kieBase, sessions, thresholds, rules);
    }

    private static Object newThresholds(FactType type) {
        try {
            return type.newInstance();
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot create the thresholds " + type.getName(), e);
        }
    }

    private static RuleLocation locate(Rule rule, Map<String, byte[]> files) {
        String file = rule instanceof RuleImpl impl && impl.getResource() != null
                ? stripResources(impl.getResource().getSourcePath())
                : "";
        byte[] bytes = files.get(file);
        if (bytes == null) {
            return new RuleLocation(file, 0);
        }
        Pattern header = Pattern.compile("^\\s*rule\\s+[\"']" + Pattern.quote(rule.getName()) + "[\"']");
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (header.matcher(lines[i]).find()) {
                return new RuleLocation(file, i + 1);
            }
        }
        return new RuleLocation(file, 0);
    }

    private static void checkUniqueRuleNames(Map<RuleSetName, CompiledRuleSet> sets, List<RuleError> errors) {
        Map<String, RuleLocation> seen = new HashMap<>();
        sets.values()
                .forEach(set -> set.rules().forEach((rule, location) -> {
                    RuleLocation first = seen.putIfAbsent(rule, location);
                    if (first != null) {
                        errors.add(new RuleError(
                                location.file(),
                                location.line(),
                                "the rule name \"" + rule + "\" is already used in " + first.file() + ":" + first.line()
                                        + "; rule names are unique"));
                    }
                }));
    }

    /**
     * A file that does not parse takes its folder's declared types with it, so every other file of the folder then
     * reports types it cannot find. Only the parse errors say what to fix: report those alone.
     */
    static List<RuleError> withoutFollowOnErrors(List<RuleError> errors) {
        List<String> unparsable = errors.stream()
                .filter(error -> error.message().startsWith(PARSE_ERROR))
                .map(RuleError::file)
                .distinct()
                .toList();
        if (unparsable.isEmpty()) {
            return errors;
        }
        return errors.stream()
                .filter(error ->
                        unparsable.contains(error.file()) && !error.message().equals(NO_PACKAGE))
                .toList();
    }

    private static RuleError toError(Message message) {
        String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s+", " ");
        return new RuleError(stripResources(message.getPath()), Math.max(message.getLine(), 0), text);
    }

    private static String stripResources(String path) {
        if (path == null) {
            return "";
        }
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }
}
