package dev.easel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.easel.rules.engine.RuleFiles;
import dev.easel.rules.engine.RulesetCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesReferenceTests {

    private static final Pattern EXAMPLE = Pattern.compile("```\\n(rule \"Example:.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleRuleInTheAnalystsReferenceBuildsAndRuns(@TempDir Path folder) throws IOException {
        String reference = Files.readString(RulesFolders.PROJECT_RULES.resolve("README.md"));
        List<String> examples = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(reference);
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        RulesFolders.copyOfProjectRules(folder);
        for (int i = 0; i < examples.size(); i++) {
            String ruleSet = ruleSetOf(examples.get(i));
            RulesFolders.write(folder, ruleSet + "/example-" + i + ".drl",
                    "package " + ruleSet + ";\n\nimport dev.easel.rules.facts.*;\n\n" + examples.get(i));
        }

        RulesetCompiler.Result result = new RulesetCompiler().compile(RuleFiles.fromDirectory(folder));

        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        assertThat(result.errors()).isEmpty();
    }

    private static String ruleSetOf(String example) {
        if (example.contains("ClvChange") || example.contains("ReviewReason")) {
            return "review";
        }
        if (example.contains("Consent(") || example.contains("Eligibility")) {
            return "consent";
        }
        return "clv";
    }
}
