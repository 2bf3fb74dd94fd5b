package dev.easel.rules.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.easel.rules.engine.RuleFiles;
import dev.easel.rules.engine.Ruleset;
import dev.easel.rules.engine.RulesetCompiler;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar easel.jar rules check [DIR]}: builds a rules folder exactly as the service would (including the
 * dry run on sample facts), without starting the service. Prints {@code file:line: message} per error and exits 1, or
 * a one-line summary and exits 0.
 */
public final class RulesCheckCommand {

    static final String USAGE = "usage: rules check [DIR]   (DIR defaults to ./rules)";

    private RulesCheckCommand() {}

    public static int run(String[] args) {
        silenceLibraryLogging();
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2 || !"check".equals(args[0])) {
            err.println(USAGE);
            return 2;
        }
        Path directory = Path.of(args.length == 2 ? args[1] : "rules");
        if (!Files.isDirectory(directory)) {
            err.println(directory + ":0: no such rules folder");
            return 1;
        }
        RulesetCompiler.Result result = new RulesetCompiler().compile(RuleFiles.fromDirectory(directory));
        if (!result.succeeded()) {
            result.errors().forEach(error -> err.println(error));
            err.println(
                    result.errors().size() + (result.errors().size() == 1 ? " error" : " errors") + " in " + directory);
            return 1;
        }
        Ruleset ruleset = result.ruleset();
        String perSet = ruleset.ruleNames().entrySet().stream()
                .map(set -> set.getKey() + " " + set.getValue().size())
                .collect(Collectors.joining(", "));
        out.println("OK: " + ruleset.allRuleNames().size() + " rules in "
                + ruleset.files().size() + " files (" + perSet + "), version " + ruleset.version());
        return 0;
    }

    /** The command speaks for itself: Drools' own build log would repeat every error in another format. */
    private static void silenceLibraryLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }
}
