package dev.easel.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RulesetCompiler;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentDecision;
import dev.easel.rules.facts.ConsentStatus;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.rules.facts.LawfulBasis;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.ReviewFlag;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static RuleEngine engine;

    @BeforeAll
    static void loadTheProjectRules() {
        engine = new RuleEngine(LiveRules.strict(RulesFolders.PROJECT_RULES, new RulesetCompiler()));
    }

    private static Customer customer(String key, String country) {
        return new Customer(key, CustomerType.INDIVIDUAL, country, null, 1985);
    }

    private static Consent consent(String key, Purpose purpose, ConsentStatus status, LocalDate on) {
        return new Consent(
                key,
                purpose,
                status,
                LawfulBasis.CONSENT,
                on.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                "web-form",
                "2026-01",
                "Use my purchases to tailor offers.",
                false);
    }

    @Test
    void returnsTheDecisionWithTheRulesThatFiredAndTheRulesetVersion() {
        RuleOutcome<ConsentDecision> outcome = engine.evaluate(new ConsentEvaluation(
                TODAY,
                customer("c1", "FR"),
                List.of(consent("c1", Purpose.CLV_PROFILING, ConsentStatus.GIVEN, TODAY.minusMonths(2)))));

        assertThat(outcome.results().status(Purpose.CLV_PROFILING)).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(outcome.results().of(Purpose.MARKETING_SYNC).reasonCodes()).containsExactly("NO_LAWFUL_BASIS");
        assertThat(outcome.firedRules())
                .containsExactly(
                        "Where the law asks for consent, a customer who gave it for a purpose is eligible for it",
                        "A purpose that no rule made usable is suppressed");
        assertThat(outcome.rulesetVersion()).isEqualTo(engine.rulesetVersion()).hasSize(64);
    }

    @Test
    void namesTheRuleThatGaveEachReason() {
        ConsentDecision decision = engine.evaluate(new ConsentEvaluation(
                        TODAY,
                        customer("c2", "DE"),
                        List.of(consent("c2", Purpose.CLV_PROFILING, ConsentStatus.OBJECTED, TODAY))))
                .results();

        assertThat(decision.of(Purpose.CLV_PROFILING).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("OBJECTION_ART21");
            assertThat(reason.rule())
                    .isEqualTo("A customer who objected to processing is suppressed for every purpose");
        });
    }

    @Test
    void givesTheSameResultsInOneSessionPerChunkAsInOneSessionPerCustomer() {
        List<AdjustmentEvaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String key = "chunk-" + i;
            evaluations.add(new AdjustmentEvaluation(
                    TODAY,
                    customer(key, i % 2 == 0 ? "FR" : "US"),
                    List.of(
                            Order.builder(key + "-a", key, TODAY.minusDays(i))
                                    .line(ProductCategory.PAINTS, 2, new BigDecimal("30.00"))
                                    .returned(new BigDecimal(i % 3 == 0 ? "30.00" : "0"))
                                    .build(),
                            Order.builder(key + "-b", key, TODAY.minusDays(40))
                                    .line(ProductCategory.PAPER, 1, new BigDecimal("12.50"))
                                    .cancelled(new BigDecimal(i % 5 == 0 ? "12.50" : "0"))
                                    .build())));
        }

        List<RuleOutcome<AdjustmentDecision>> chunked = engine.evaluateAll(evaluations);

        assertThat(chunked).hasSize(30);
        for (int i = 0; i < evaluations.size(); i++) {
            RuleOutcome<AdjustmentDecision> single = engine.evaluate(evaluations.get(i));
            assertThat(chunked.get(i).results()).isEqualTo(single.results());
            assertThat(chunked.get(i).firedRules()).isEqualTo(single.firedRules());
        }
    }

    @Test
    void decidesAReviewFlagFromAClvChange() {
        RuleOutcome<ReviewFlag> outcome = engine.evaluate(new ReviewEvaluation(
                TODAY,
                new ClvChange(
                        "c3",
                        "EUR",
                        new BigDecimal("400"),
                        new BigDecimal("1200"),
                        new BigDecimal("900"),
                        0.2,
                        false)));

        assertThat(outcome.results().raised()).isTrue();
        assertThat(outcome.results().reasonCodes()).containsExactly("CLV_SPIKE");
    }

    @Test
    void namesTheRuleAndItsFileWhenARuleThrowsAndReturnsNoDecision(@TempDir Path folder) {
        RulesFolders.copyOfProjectRules(folder);
        RulesFolders.write(
                folder,
                "clv/fragile.drl",
                RulesFolders.ruleFile(
                        "clv",
                        "An order from the future cannot be valued",
                        "Order( placedOn > java.time.LocalDate.of(2030, 1, 1) )",
                        "throw new IllegalStateException(\"orders from the future are not supported\");"));
        RuleEngine fragile = new RuleEngine(LiveRules.strict(folder, new RulesetCompiler()));
        Customer customer = customer("c4", "FR");
        AdjustmentEvaluation evaluation = new AdjustmentEvaluation(
                TODAY,
                customer,
                List.of(Order.builder("future", "c4", LocalDate.of(2031, 1, 1))
                        .line(ProductCategory.KITS, 1, BigDecimal.TEN)
                        .build()));

        assertThatThrownBy(() -> fragile.evaluate(evaluation))
                .isInstanceOfSatisfying(RuleEvaluationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("An order from the future cannot be valued");
                    assertThat(e.file()).isEqualTo("clv/fragile.drl");
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("orders from the future are not supported");
                });
        assertThatThrownBy(() -> fragile.evaluateAll(List.of(evaluation))).isInstanceOf(RuleEvaluationException.class);
    }

    @Test
    void usesTheConsentCaptureTimeInUtc() {
        Consent late = new Consent(
                "c5",
                Purpose.CLV_PROFILING,
                ConsentStatus.GIVEN,
                LawfulBasis.CONSENT,
                Instant.parse("2025-11-21T23:30:00Z"),
                "app",
                "2025-09",
                "Tailor offers.",
                false);

        assertThat(late.getCapturedOn()).isEqualTo(LocalDate.of(2025, 11, 21));
    }
}
