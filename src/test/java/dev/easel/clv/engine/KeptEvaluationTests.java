package dev.easel.clv.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.clv.ConsentGate;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.rules.AdjustmentEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RuleOutcome;
import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RulesetCompiler;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.PurposeEligibility;
import dev.easel.rules.facts.Reason;
import dev.easel.rules.facts.SellerParty;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a fit keeps of a customer's evaluation for the batch run is smaller than the rules' whole decision, and the
 * run reads the same from it: the same stored explanation and the same findings for the review rules.
 */
class KeptEvaluationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Customer PERSON = new Customer("cus_kept", CustomerType.INDIVIDUAL, "DE", null, 1980);

    private static RuleEngine rules;
    private final Explanations explanations = new Explanations(new ObjectMapper());

    @BeforeAll
    static void projectRules() {
        rules = new RuleEngine(LiveRules.strict(Path.of("rules"), new RulesetCompiler()));
    }

    @Test
    void keptEvaluationOfALongHistoryExplainsAndFindsTheSameAsTheWholeDecision() {
        Evaluated whole = evaluated(longHistory());
        Evaluated kept = whole.kept();

        Map<String, Object> review =
                Explanations.review(true, List.of(new Reason("CLV_SPIKE", "a spike")), List.of("a spike"));
        assertThat(explanations.of(kept, review)).isEqualTo(explanations.of(whole, review));
        assertThat(explanations.of(kept, null)).isEqualTo(explanations.of(whole, null));
        assertThat(ReviewStep.Findings.of(kept.adjustments())).isEqualTo(ReviewStep.Findings.of(whole.adjustments()));
        // The history had something of every kind the explanation shows, so the comparison above covers each.
        ReviewStep.Findings findings = ReviewStep.Findings.of(whole.adjustments());
        assertThat(findings.flags()).isNotEmpty();
        assertThat(findings.adjustments()).isNotEmpty();
        assertThat(whole.adjustments().orders().stream().flatMap(order -> order.lines().stream()))
                .anyMatch(line -> !line.included());

        assertThat(kept.orders()).isEmpty();
        assertThat(kept.adjustments().orders())
                .hasSizeLessThan(whole.adjustments().orders().size());
        assertThat(kept.adjustments().orders().stream().flatMap(order -> order.lines().stream()))
                .containsExactlyElementsOf(whole.adjustments().orders().stream()
                        .flatMap(order -> order.lines().stream())
                        .filter(line -> !line.included())
                        .toList());
        assertThat(kept.summary()).isSameAs(whole.summary());
        assertThat(kept.inputsDigest()).isEqualTo(whole.inputsDigest());
    }

    @Test
    void ordersOfEqualAmountAreListedInTheSameOrderFromTheKeptEvaluation() {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            orders.add(order("eq-" + i, TODAY.minusDays(300 - i * 7), "25.00"));
        }
        Evaluated whole = evaluated(orders);

        assertThat(explanations.of(whole.kept(), null)).isEqualTo(explanations.of(whole, null));
        assertThat(whole.kept().adjustments().orders())
                .extracting(OrderAdjustment::orderId)
                .containsExactlyElementsOf(
                        Explanations.carrying(whole.adjustments().orders()).stream()
                                .map(OrderAdjustment::orderId)
                                .toList());
    }

    @Test
    void explanationWritesTheFieldsOfFlagsAndLeftOutLinesInOneOrderOnEveryRun() throws Exception {
        String explanation = explanations.of(evaluated(longHistory()), null);

        // The same text in every JVM: the field names in the order the explanation gives them, not a hash order.
        var root = new ObjectMapper().readTree(explanation);
        assertThat(root.get("flags")).isNotEmpty();
        for (var flag : root.get("flags")) {
            assertThat(flag.fieldNames()).toIterable().containsExactly("code", "subject", "rule");
        }
        List<String> lineFields = new ArrayList<>();
        for (var order : root.get("adjustments")) {
            for (var line : order.get("excludedLines")) {
                line.fieldNames().forEachRemaining(lineFields::add);
            }
        }
        assertThat(lineFields).isNotEmpty();
        assertThat(String.join(",", lineFields)).matches("(lineNo,reasons,?)+");
    }

    @Test
    void suppressedCustomerIsKeptWithItsGateAlone() {
        ConsentGate gate = new ConsentGate(
                "cus_no", EligibilityStatus.SUPPRESSED, List.of("NO_CONSENT"), List.of("no consent"), "r1");
        Evaluated whole = new Evaluated(
                "cus_no",
                List.of(),
                gate,
                new PurposeEligibility(
                        Purpose.CLV_PROFILING, EligibilityStatus.SUPPRESSED, List.of(new Reason("NO_CONSENT", "no"))),
                null,
                null,
                null,
                List.of("no consent"),
                "r1",
                "d".repeat(64));

        assertThat(whole.kept().adjustments()).isNull();
        assertThat(explanations.of(whole.kept(), null)).isEqualTo(explanations.of(whole, null));
    }

    /**
     * Two years of orders of every kind the adjustment rules act on: refunds, deep promotions, a
     * third-party line without a data processing agreement, a foreign seller, and more than twenty orders that count.
     */
    private static List<Order> longHistory() {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            LocalDate day = TODAY.minusDays(720 - i * 15L);
            String id = "o-" + i;
            Order.Builder order = Order.builder(id, PERSON.customerKey(), day)
                    .line(ProductCategory.PAINTS, 1 + i % 3, new BigDecimal(20 + (i * 37) % 90 + ".50"))
                    .line(ProductCategory.BRUSHES, 1, new BigDecimal("12.00"));
            switch (i % 8) {
                case 1 -> order.refunded(new BigDecimal("5.00"));
                case 2 -> order.promotion(new BigDecimal("40"), day.minusDays(2), day.plusDays(2));
                case 3 ->
                    order.line(
                            ProductCategory.PAPER,
                            1,
                            new BigDecimal("9.00"),
                            "s-9",
                            SellerParty.THIRD_PARTY,
                            false,
                            "DE");
                case 5 ->
                    order.line(
                            ProductCategory.PAPER,
                            2,
                            new BigDecimal("7.00"),
                            "s-7",
                            SellerParty.THIRD_PARTY,
                            true,
                            "FR");
                default -> {}
            }
            orders.add(order.build());
        }
        return orders;
    }

    private static Order order(String id, LocalDate day, String amount) {
        return Order.builder(id, PERSON.customerKey(), day)
                .line(ProductCategory.PAINTS, 1, new BigDecimal(amount))
                .build();
    }

    private static Evaluated evaluated(List<Order> orders) {
        RuleOutcome<AdjustmentDecision> adjusted = rules.evaluate(new AdjustmentEvaluation(TODAY, PERSON, orders));
        AdjustedSummary summary =
                SummaryCalculator.summarise(orders, adjusted.results(), TODAY, ModelTimeUnit.DAYS, category -> 1.0);
        ConsentGate gate =
                new ConsentGate(PERSON.customerKey(), EligibilityStatus.ELIGIBLE, List.of(), List.of("opt-in"), "r1");
        return new Evaluated(
                PERSON.customerKey(),
                orders,
                gate,
                new PurposeEligibility(Purpose.CLV_PROFILING, EligibilityStatus.ELIGIBLE, List.of()),
                adjusted.results(),
                summary,
                null,
                adjusted.firedRules(),
                adjusted.rulesetVersion(),
                Digests.sha256(TODAY, PERSON, orders));
    }
}
