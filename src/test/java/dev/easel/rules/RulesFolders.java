package dev.easel.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the project's rules folder that tests may break and edit. */
public final class RulesFolders {

    /** The project's own rules folder (tests run from the project root). */
    public static final Path PROJECT_RULES = Path.of("rules");

    private RulesFolders() {}

    public static Path copyOfProjectRules(Path target) {
        try (Stream<Path> paths = Files.walk(PROJECT_RULES)) {
            for (Path source : paths.toList()) {
                Path copy = target.resolve(PROJECT_RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path folder, String file, String content) {
        try {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule file with one rule in the given rule set folder. */
    public static String ruleFile(String folder, String ruleName, String when, String then) {
        return "package " + folder + ";\n"
                + "\n"
                + "import dev.easel.rules.facts.*;\n"
                + "\n"
                + "rule \"" + ruleName + "\"\n"
                + "when\n"
                + "    " + when + "\n"
                + "then\n"
                + "    " + then + "\n"
                + "end\n";
    }
}
