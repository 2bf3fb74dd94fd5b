package dev.easel.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.Ruleset;
import dev.easel.rules.engine.RulesetCompiler;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A staged rollout and a pinned ruleset, on the project's rules and a copy with one threshold changed. */
class RuleEngineRolloutTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    static Path folder;

    static LiveRules live;
    static Ruleset base;
    static Ruleset changed;
    static RuleEngine engine;

    /** Built once (a build takes seconds); each test starts with the base serving everyone. */
    @BeforeAll
    static void twoRulesets() throws Exception {
        RulesFolders.copyOfProjectRules(folder);
        Path seasonal = folder.resolve("clv/seasonal-promotions.drl");
        Files.writeString(
                seasonal,
                Files.readString(seasonal)
                        .replace("deepPromotionPercent : int = 30", "deepPromotionPercent : int = 10"));
        live = LiveRules.strict(RulesFolders.PROJECT_RULES, new RulesetCompiler());
        base = live.current();
        changed = LiveRules.strict(folder, new RulesetCompiler()).current();
        Map<String, Ruleset> kept = Map.of(base.version(), base, changed.version(), changed);
        engine = new RuleEngine(live, kept::get);
    }

    @BeforeEach
    void baseServesEveryone() {
        live.restore(new LiveRules.Serving(base, null, 0));
    }

    @Test
    void aStagedShareDecidesWithThePromotedRulesOnlyForTheCustomersInIt() {
        live.promote(changed, 30, serving -> {});

        List<String> keys = IntStream.range(0, 400).mapToObj(i -> "cust-" + i).toList();
        for (String key : keys) {
            String decidedBy = engine.evaluate(consent(key)).rulesetVersion();
            assertThat(decidedBy)
                    .as(key)
                    .isEqualTo(RolloutShare.includes(key, 30) ? changed.version() : base.version());
        }
        assertThat(engine.baseVersion()).isEqualTo(base.version());
        assertThat(engine.rulesetVersion())
                .isNotIn(base.version(), changed.version())
                .hasSize(64);
        assertThat(engine.evaluateAll(
                        keys.stream().map(RuleEngineRolloutTests::consent).toList()))
                .extracting(RuleOutcome::rulesetVersion)
                .containsOnly(base.version(), changed.version());
    }

    @Test
    void promotingToEveryoneEndsTheRollout() {
        live.promote(changed, 30, serving -> {});
        live.promote(changed, 100, serving -> {});

        assertThat(engine.rulesetVersion()).isEqualTo(changed.version());
        assertThat(engine.evaluate(consent("cust-1")).rulesetVersion()).isEqualTo(changed.version());
    }

    @Test
    void aPinnedThreadEvaluatesWithItsRulesetWhateverServes() {
        live.promote(changed, 30, serving -> {});

        List<String> versions = engine.pinned(
                base.version(),
                () -> IntStream.range(0, 100)
                        .mapToObj(i -> engine.evaluate(consent("cust-" + i)).rulesetVersion())
                        .distinct()
                        .toList());

        assertThat(versions).containsExactly(base.version());
        assertThat(engine.pinned(changed.version(), engine::rulesetVersion)).isEqualTo(changed.version());
        assertThatThrownBy(() -> engine.pinned("no-such-version", () -> null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aPromotionThatCannotBeRecordedChangesNothing() {
        assertThatThrownBy(() -> live.promote(changed, 100, serving -> {
                    throw new IllegalStateException("audit trail unavailable");
                }))
                .hasMessage("audit trail unavailable");

        assertThat(engine.rulesetVersion()).isEqualTo(base.version());
    }

    @Test
    void aShareIsAboutItsPercentageAndALargerShareKeepsTheSmallerOnesCustomers() {
        List<String> keys =
                IntStream.range(0, 2000).mapToObj(i -> "customer-" + i).toList();

        long inTen = keys.stream().filter(key -> RolloutShare.includes(key, 10)).count();
        assertThat(inTen).isBetween(140L, 260L);
        assertThat(keys).allMatch(key -> !RolloutShare.includes(key, 10) || RolloutShare.includes(key, 50));
        assertThat(keys).allMatch(key -> RolloutShare.includes(key, 100) && !RolloutShare.includes(key, 0));
        assertThat(RolloutShare.bucket("customer-1"))
                .as("the same on every node and run")
                .isEqualTo(96);
    }

    private static ConsentEvaluation consent(String key) {
        return new ConsentEvaluation(TODAY, new Customer(key, CustomerType.INDIVIDUAL, "FR", null, 1985), List.of());
    }
}
