package dev.easel.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.RulesFolders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCheckCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    private int check(String... args) {
        return RulesCheckCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsTheProjectRulesWithASummary() {
        assertThat(check("check", "rules")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("OK: ")
                .contains("consent", "clv", "review", "version ");
    }

    @Test
    void reportsASyntaxErrorAsFileAndLine() {
        RulesFolders.copyOfProjectRules(folder);
        RulesFolders.write(
                folder,
                "clv/broken.drl",
                RulesFolders.ruleFile(
                        "clv",
                        "A broken rule",
                        "$order : Order( total > )",
                        "insert( Adjustment.notAPurchase( $order, \"X\" ) );"));

        assertThat(check("check", folder.toString())).isEqualTo(1);
        assertThat(errors()).containsPattern("(?m)^clv/broken\\.drl:7: ");
    }

    @Test
    void reportsAnUnknownFieldAsFileAndLine() {
        RulesFolders.copyOfProjectRules(folder);
        RulesFolders.write(
                folder,
                "consent/typo.drl",
                RulesFolders.ruleFile(
                        "consent",
                        "A rule with a typo",
                        "Customer( contry == \"FR\" )",
                        "insert( Eligibility.eligible( Purpose.CLV_PROFILING, \"X\" ) );"));

        assertThat(check("check", folder.toString())).isEqualTo(1);
        assertThat(errors()).containsPattern("(?m)^consent/typo\\.drl:7: .*contry");
    }

    @Test
    void reportsARuleThatThrowsOnOrdinaryDataWithItsNameFileAndLine() {
        RulesFolders.copyOfProjectRules(folder);
        RulesFolders.write(
                folder,
                "review/throws.drl",
                RulesFolders.ruleFile(
                        "review",
                        "A rule that divides by zero",
                        "ClvChange( $value : newValue )",
                        "insert( new ReviewReason( \"\" + (1 / 0) ) );"));

        assertThat(check("check", folder.toString())).isEqualTo(1);
        assertThat(errors()).containsPattern("(?m)^review/throws\\.drl:5: Rule \"A rule that divides by zero\".*");
    }

    @Test
    void refusesAFileOutsideTheRuleSetFolders() {
        RulesFolders.copyOfProjectRules(folder);
        RulesFolders.write(folder, "stray.drl", RulesFolders.ruleFile("stray", "A stray rule", "Customer()", ""));

        assertThat(check("check", folder.toString())).isEqualTo(1);
        assertThat(errors()).contains("stray.drl:0: a rule file belongs in one of the folders");
    }

    @Test
    void explainsItsUsageWhenTheSubcommandIsUnknown() {
        assertThat(check("lint")).isEqualTo(2);
        assertThat(errors()).contains("usage: rules check [DIR]");
    }
}
