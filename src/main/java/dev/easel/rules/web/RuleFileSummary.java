package dev.easel.rules.web;

import dev.easel.rules.engine.LiveRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an analyst wants to see of a rule file without opening it: the comment that states its concern, the
 * thresholds declared at its top with their values, its rule names, and the policy feature that specifies it.
 */
record RuleFileSummary(
        String file,
        String concern,
        List<Threshold> thresholds,
        List<String> rules,
        String feature,
        List<String> scenarios) {

    record Threshold(String declaration, String name, String type, String value) {}

    private static final Pattern RULE = Pattern.compile("^rule\\s+\"(.+)\"");
    private static final Pattern DECLARE = Pattern.compile("^declare\\s+(\\w+)");
    private static final Pattern FIELD = Pattern.compile("^\\s*(\\w+)\\s*:\\s*([\\w.<>]+)\\s*(?:=\\s*(.+?))?\\s*$");

    /** Reads {@code file} (a path inside the rules folder) from the folder, or from the jar's copy. */
    static RuleFileSummary read(String file, Optional<Path> folder) {
        String text = folder.map(directory -> readFile(directory.resolve(file))).orElseGet(() -> readPackaged(file));
        StringBuilder concern = new StringBuilder();
        List<Threshold> thresholds = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        boolean header = true;
        String declaration = null;
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            if (header && trimmed.startsWith("//")) {
                concern.append(trimmed.substring(2).trim()).append(' ');
                continue;
            }
            if (!trimmed.isEmpty()) {
                header = false;
            }
            Matcher declare = DECLARE.matcher(trimmed);
            if (declare.find()) {
                declaration = declare.group(1);
                continue;
            }
            if (declaration != null) {
                if (trimmed.equals("end")) {
                    declaration = null;
                    continue;
                }
                Matcher field = FIELD.matcher(trimmed);
                if (field.matches()) {
                    thresholds.add(
                            new Threshold(declaration, field.group(1), field.group(2), readable(field.group(3))));
                }
                continue;
            }
            Matcher rule = RULE.matcher(trimmed);
            if (rule.find()) {
                rules.add(rule.group(1));
            }
        }
        Feature feature = feature(file, folder);
        return new RuleFileSummary(
                file, concern.toString().trim(), thresholds, rules, feature.title(), feature.scenarios());
    }

    private record Feature(String title, List<String> scenarios) {}

    /** The feature beside the rules folder ({@code features/clv/bulk-orders.feature}); absent from a bare jar. */
    private static Feature feature(String file, Optional<Path> folder) {
        if (folder.isEmpty() || folder.get().toAbsolutePath().getParent() == null) {
            return new Feature(null, List.of());
        }
        Path path = folder.get()
                .toAbsolutePath()
                .getParent()
                .resolve("features")
                .resolve(file.replaceFirst("\\.drl$", ".feature"));
        if (!Files.isRegularFile(path)) {
            return new Feature(null, List.of());
        }
        String title = null;
        List<String> scenarios = new ArrayList<>();
        for (String line : readFile(path).split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("Feature:")) {
                title = trimmed.substring("Feature:".length()).trim();
            } else if (trimmed.startsWith("Scenario:") || trimmed.startsWith("Scenario Outline:")) {
                scenarios.add(trimmed.substring(trimmed.indexOf(':') + 1).trim());
            }
        }
        return new Feature(title, scenarios);
    }

    /** {@code new BigDecimal( "1000" )} reads as {@code 1000}. */
    private static String readable(String value) {
        if (value == null) {
            return "";
        }
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(value);
        return value.startsWith("new ") && quoted.find() ? quoted.group(1) : value;
    }

    private static String readFile(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readPackaged(String file) {
        try (InputStream in =
                RuleFileSummary.class.getClassLoader().getResourceAsStream(LiveRules.PACKAGED + "/" + file)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
