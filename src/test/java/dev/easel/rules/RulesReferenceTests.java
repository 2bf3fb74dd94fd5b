package dev.easel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.engine.LiveRules;
import dev.easel.rules.engine.RuleFiles;
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
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.ReviewFlag;
import dev.easel.rules.facts.SellerParty;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in rules/README.md, the analysts' reference: each builds beside the project's rules, and each does
 * what its name and the README say, firing on facts that match it and staying quiet on facts that do not.
 */
class RulesReferenceTests {

    private static final Pattern EXAMPLE = Pattern.compile("```\\n(rule \"Example:.*?)```", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("rule \"(Example:[^\"]+)\"");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

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
            RulesFolders.write(
                    folder,
                    ruleSet + "/example-" + i + ".drl",
                    "package " + ruleSet + ";\n\nimport dev.easel.rules.facts.*;\n\n" + examples.get(i));
        }

        RulesetCompiler.Result result = new RulesetCompiler().compile(RuleFiles.fromDirectory(folder));

        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void everyExampleRuleInTheAnalystsReferenceDoesWhatTheReferenceSays(@TempDir Path folder) throws IOException {
        List<String> examples = examples();
        RulesFolders.copyOfProjectRules(folder);
        for (int i = 0; i < examples.size(); i++) {
            String ruleSet = ruleSetOf(examples.get(i));
            RulesFolders.write(
                    folder,
                    ruleSet + "/example-" + i + ".drl",
                    "package " + ruleSet + ";\n\nimport dev.easel.rules.facts.*;\n\n" + examples.get(i));
        }
        RuleEngine engine = new RuleEngine(LiveRules.strict(folder, new RulesetCompiler()));
        Map<String, Consumer<RuleEngine>> behaviours = behaviours();

        List<String> names = examples.stream().map(RulesReferenceTests::nameOf).toList();
        assertThat(behaviours.keySet())
                .as("a behaviour checked for every example in rules/README.md")
                .containsExactlyInAnyOrderElementsOf(names);
        names.forEach(name -> behaviours.get(name).accept(engine));
    }

    /** Per example (by rule name): facts it should fire on, and facts it should leave alone. */
    private static Map<String, Consumer<RuleEngine>> behaviours() {
        Map<String, Consumer<RuleEngine>> cases = new LinkedHashMap<>();
        cases.put("Example: an order placed in the last week is noted", engine -> {
            Order recent = order("recent", TODAY.minusDays(2), ProductCategory.PAINTS, 2);
            Order older = order("older", TODAY.minusDays(30), ProductCategory.PAINTS, 2);
            RuleOutcome<AdjustmentDecision> outcome = adjust(engine, individual("c-week", "FR"), recent, older);
            assertThat(reasonsOf(outcome, "recent")).contains("RECENT");
            assertThat(reasonsOf(outcome, "older")).doesNotContain("RECENT");
            assertThat(outcome.firedRules()).contains("Example: an order placed in the last week is noted");
        });
        cases.put("Example: a Californian school is noted", engine -> {
            Customer school = new Customer("c-school", CustomerType.SCHOOL, "US", "US-CA", null);
            Customer person = new Customer("c-person", CustomerType.INDIVIDUAL, "US", "US-CA", 1980);
            assertThat(adjust(engine, school, order("s-1", TODAY.minusDays(40), ProductCategory.PAINTS, 3))
                            .results()
                            .hasFlag("CALIFORNIAN_SCHOOL"))
                    .isTrue();
            assertThat(adjust(engine, person, order("p-1", TODAY.minusDays(40), ProductCategory.PAINTS, 3))
                            .results()
                            .hasFlag("CALIFORNIAN_SCHOOL"))
                    .isFalse();
        });
        cases.put("Example: under an opt-out law with a profiling opt-out, the notice is noted", engine -> {
            // Virginia's law grants a profiling opt-out; Utah's grants none.
            assertThat(gate(engine, new Customer("c-va", CustomerType.INDIVIDUAL, "US", "US-VA", 1980))
                            .of(Purpose.CLV_PROFILING)
                            .reasonCodes())
                    .contains("PROFILING_NOTICE");
            assertThat(gate(engine, new Customer("c-ut", CustomerType.INDIVIDUAL, "US", "US-UT", 1980))
                            .of(Purpose.CLV_PROFILING)
                            .reasonCodes())
                    .doesNotContain("PROFILING_NOTICE");
        });
        cases.put("Example: a consent captured through the app is noted as eligible", engine -> {
            ConsentDecision app = gate(engine, individual("c-app", "FR"), consent("c-app", "app"));
            assertThat(app.status(Purpose.CLV_PROFILING)).isEqualTo(EligibilityStatus.ELIGIBLE);
            assertThat(app.of(Purpose.CLV_PROFILING).reasonCodes()).contains("APP_CONSENT");
            assertThat(gate(engine, individual("c-web", "FR"), consent("c-web", "web-form"))
                            .of(Purpose.CLV_PROFILING)
                            .reasonCodes())
                    .doesNotContain("APP_CONSENT");
        });
        cases.put("Example: an order of more than 20 units is noted", engine -> {
            RuleOutcome<AdjustmentDecision> outcome = adjust(
                    engine,
                    individual("c-units", "FR"),
                    order("many", TODAY.minusDays(10), ProductCategory.PAPER, 25),
                    order("few", TODAY.minusDays(10), ProductCategory.PAPER, 20));
            assertThat(reasonsOf(outcome, "many")).contains("MANY_UNITS");
            assertThat(reasonsOf(outcome, "few")).doesNotContain("MANY_UNITS");
        });
        cases.put("Example: canvas from a third-party seller is flagged", engine -> {
            Order thirdParty = Order.builder("canvas-3p", "c-canvas", TODAY.minusDays(5))
                    .line(
                            ProductCategory.CANVAS,
                            1,
                            new BigDecimal("40.00"),
                            "s-9",
                            SellerParty.THIRD_PARTY,
                            true,
                            "FR")
                    .build();
            Order firstParty = Order.builder("canvas-1p", "c-canvas", TODAY.minusDays(5))
                    .line(ProductCategory.CANVAS, 1, new BigDecimal("40.00"))
                    .build();
            AdjustmentDecision decision = adjust(engine, individual("c-canvas", "FR"), thirdParty, firstParty)
                    .results();
            assertThat(decision.hasFlag("THIRD_PARTY_CANVAS", "canvas-3p#1")).isTrue();
            assertThat(decision.hasFlag("THIRD_PARTY_CANVAS", "canvas-1p#1")).isFalse();
        });
        cases.put("Example: a customer who bought nothing this year is noted", engine -> {
            assertThat(adjust(
                                    engine,
                                    individual("c-dormant", "FR"),
                                    order("d-1", TODAY.minusYears(2), ProductCategory.PAINTS, 1))
                            .results()
                            .hasFlag("DORMANT"))
                    .isTrue();
            assertThat(adjust(
                                    engine,
                                    individual("c-active", "FR"),
                                    order("a-1", TODAY.minusMonths(2), ProductCategory.PAINTS, 1))
                            .results()
                            .hasFlag("DORMANT"))
                    .isFalse();
        });
        cases.put("Example: a CLV that halved needs review", engine -> {
            ReviewFlag halved = review(engine, new BigDecimal("1000.00"), new BigDecimal("400.00"));
            assertThat(halved.raised()).isTrue();
            assertThat(halved.reasonCodes()).contains("CLV_HALVED");
            assertThat(review(engine, new BigDecimal("1000.00"), new BigDecimal("900.00"))
                            .reasonCodes())
                    .doesNotContain("CLV_HALVED");
        });
        cases.put("Example: customers in Japan are due for a renewal", engine -> {
            ConsentDecision japan = gate(engine, individual("c-jp", "JP"));
            assertThat(japan.status(Purpose.MARKETING_SYNC)).isEqualTo(EligibilityStatus.RENEWAL_DUE);
            assertThat(japan.of(Purpose.MARKETING_SYNC).reasonCodes()).contains("JP_RENEWAL");
            assertThat(gate(engine, individual("c-kr", "KR"))
                            .of(Purpose.MARKETING_SYNC)
                            .reasonCodes())
                    .doesNotContain("JP_RENEWAL");
        });
        cases.put("Example: gift kits count at reduced weight", engine -> {
            RuleOutcome<AdjustmentDecision> outcome = adjust(
                    engine,
                    individual("c-kits", "FR"),
                    order("kit", TODAY.minusDays(10), ProductCategory.KITS, 1),
                    order("paint", TODAY.minusDays(10), ProductCategory.PAINTS, 1));
            OrderAdjustment kit = outcome.results().order("kit").orElseThrow();
            assertThat(kit.predictionWeight()).isEqualTo(0.8);
            assertThat(kit.reasonCodes()).contains("GIFT_KIT");
            assertThat(outcome.results().order("paint").orElseThrow().predictionWeight())
                    .isEqualTo(1.0);
        });
        return cases;
    }

    private static List<String> examples() throws IOException {
        String reference = Files.readString(RulesFolders.PROJECT_RULES.resolve("README.md"));
        List<String> examples = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(reference);
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        return examples;
    }

    private static String nameOf(String example) {
        Matcher matcher = NAME.matcher(example);
        assertThat(matcher.find()).as("an example rule's name: " + example).isTrue();
        return matcher.group(1);
    }

    private static Customer individual(String key, String country) {
        return new Customer(key, CustomerType.INDIVIDUAL, country, null, 1980);
    }

    private static Order order(String id, LocalDate placedOn, ProductCategory category, int quantity) {
        return Order.builder(id, "c", placedOn)
                .line(category, quantity, new BigDecimal("12.50"))
                .build();
    }

    private static Consent consent(String key, String source) {
        return new Consent(
                key,
                Purpose.CLV_PROFILING,
                ConsentStatus.GIVEN,
                LawfulBasis.CONSENT,
                TODAY.minusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                source,
                "2026-01",
                "Use my purchases to tailor offers.",
                false);
    }

    private static RuleOutcome<AdjustmentDecision> adjust(RuleEngine engine, Customer customer, Order... orders) {
        List<Order> own = new ArrayList<>();
        for (Order order : orders) {
            own.add(new Order(
                    order.orderId(),
                    customer.customerKey(),
                    order.placedOn(),
                    order.currency(),
                    order.total(),
                    order.lines(),
                    order.refundedAmount(),
                    order.returnedAmount(),
                    order.exchangedAmount(),
                    order.cancelledAmount(),
                    order.promotionDepthPercent(),
                    order.promotionStartsOn(),
                    order.promotionEndsOn()));
        }
        return engine.evaluate(new AdjustmentEvaluation(TODAY, customer, own));
    }

    private static List<String> reasonsOf(RuleOutcome<AdjustmentDecision> outcome, String orderId) {
        return outcome.results()
                .order(orderId)
                .map(OrderAdjustment::reasonCodes)
                .orElse(List.of());
    }

    private static ConsentDecision gate(RuleEngine engine, Customer customer, Consent... consents) {
        return engine.evaluate(new ConsentEvaluation(TODAY, customer, List.of(consents)))
                .results();
    }

    private static ReviewFlag review(RuleEngine engine, BigDecimal previous, BigDecimal now) {
        return engine.evaluate(new ReviewEvaluation(
                        TODAY,
                        new ClvChange(
                                "c-review",
                                "EUR",
                                previous,
                                now,
                                new BigDecimal("500.00"),
                                0.3,
                                false,
                                3,
                                Set.of(),
                                Set.of())))
                .results();
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
