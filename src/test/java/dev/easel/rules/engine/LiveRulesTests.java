package dev.easel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.rules.RulesFolders;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRulesTests {

    @TempDir
    Path folder;

    private LiveRules rules;
    private String firstVersion;

    @BeforeEach
    void serveACopyOfTheProjectRules() {
        RulesFolders.copyOfProjectRules(folder);
        rules = LiveRules.open(folder, new RulesetCompiler());
        firstVersion = rules.current().version();
    }

    @Test
    void keepsServingThePreviousVersionWhenAFileDoesNotParse() {
        RulesFolders.write(
                folder,
                "clv/broken.drl",
                RulesFolders.ruleFile("clv", "A broken rule", "$order : Order( total > )", ""));

        LiveRules.Reload reload = rules.reload();

        assertThat(reload.swapped()).isFalse();
        assertThat(rules.current().version()).isEqualTo(firstVersion);
        assertThat(rules.lastErrors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("clv/broken.drl");
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.message()).contains("no viable alternative");
        });
    }

    @Test
    void keepsServingThePreviousVersionWhenARuleNamesAnUnknownField() {
        RulesFolders.write(
                folder,
                "consent/typo.drl",
                RulesFolders.ruleFile("consent", "A rule with a typo", "Customer( contry == \"FR\" )", ""));

        LiveRules.Reload reload = rules.reload();

        assertThat(reload.failed()).isTrue();
        assertThat(rules.current().version()).isEqualTo(firstVersion);
        assertThat(reload.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("consent/typo.drl");
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.message()).contains("contry");
        });
    }

    @Test
    void keepsServingThePreviousVersionWhenARuleThrowsOnSampleFacts() {
        RulesFolders.write(
                folder,
                "review/throws.drl",
                RulesFolders.ruleFile(
                        "review",
                        "A rule that throws",
                        "ClvChange()",
                        "throw new IllegalStateException(\"not today\");"));

        LiveRules.Reload reload = rules.reload();

        assertThat(reload.failed()).isTrue();
        assertThat(rules.current().version()).isEqualTo(firstVersion);
        assertThat(reload.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("review/throws.drl");
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.message()).contains("\"A rule that throws\"", "not today");
        });
    }

    @Test
    void refusesTheSameRuleNameInTwoRuleSets() {
        RulesFolders.write(
                folder,
                "clv/copy.drl",
                RulesFolders.ruleFile(
                        "clv",
                        "A serial returner whose predicted CLV rose by more than the threshold share needs review",
                        "Order()",
                        ""));

        assertThat(rules.reload().errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("review/serial-returner-jump.drl");
            assertThat(error.message()).contains("is already used in clv/copy.drl:5");
        });
    }

    @Test
    void swapsToTheNewVersionAndClearsTheErrorsOnceTheFolderBuildsAgain() {
        RulesFolders.write(folder, "clv/broken.drl", RulesFolders.ruleFile("clv", "A broken rule", "Order( ", ""));
        rules.reload();
        RulesFolders.write(
                folder,
                "clv/broken.drl",
                RulesFolders.ruleFile(
                        "clv",
                        "An order is noted",
                        "$order : Order()",
                        "insert( Adjustment.unchanged( $order, \"NOTED\" ) );"));

        LiveRules.Reload reload = rules.reload();

        assertThat(reload.swapped()).isTrue();
        assertThat(rules.current().version()).isNotEqualTo(firstVersion);
        assertThat(rules.current().ruleNames().get("clv")).contains("An order is noted");
        assertThat(rules.lastErrors()).isEmpty();
    }

    @Test
    void startsOnThePackagedRulesWhenTheFolderDoesNotBuild() {
        RulesFolders.write(folder, "clv/broken.drl", RulesFolders.ruleFile("clv", "A broken rule", "Order( ", ""));

        LiveRules started = LiveRules.open(folder, new RulesetCompiler());

        assertThat(started.current().location()).isEqualTo("classpath:easel/rules");
        assertThat(started.lastErrors()).extracting(RuleError::file).containsOnly("clv/broken.drl");
    }

    @Test
    void servesThePackagedRulesWhenThereIsNoFolder() {
        LiveRules packaged = LiveRules.open(folder.resolve("absent"), new RulesetCompiler());

        assertThat(packaged.current().version()).isEqualTo(firstVersion);
        assertThat(packaged.directory()).isEmpty();
    }

    @Test
    void versionDependsOnFileNamesAndBytesOnly() {
        String again = RuleFiles.fromDirectory(folder).version();
        RulesFolders.write(folder, "README.md", "not a rule file");
        String withReadme = RuleFiles.fromDirectory(folder).version();
        RulesFolders.write(folder, "clv/extra.drl", "package clv;\n");

        assertThat(again).isEqualTo(firstVersion).isEqualTo(withReadme).hasSize(64);
        assertThat(RuleFiles.fromDirectory(folder).version()).isNotEqualTo(firstVersion);
    }

    @Test
    void keepsServingThePreviousVersionWhenTheReloadCannotBeRecorded() {
        RulesFolders.write(
                folder,
                "clv/noted.drl",
                RulesFolders.ruleFile(
                        "clv",
                        "An order is noted",
                        "$order : Order()",
                        "insert( Adjustment.unchanged( $order, \"NOTED\" ) );"));

        assertThatThrownBy(() -> rules.reload(next -> {
                    throw new IllegalStateException("the audit trail is down");
                }))
                .hasMessage("the audit trail is down");

        assertThat(rules.current().version()).isEqualTo(firstVersion);
    }
}
