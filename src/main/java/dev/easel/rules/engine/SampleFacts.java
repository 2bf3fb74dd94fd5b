package dev.easel.rules.engine;

import dev.easel.rules.RuleEvaluationException;
import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentStatus;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.LawfulBasis;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.SellerParty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, varied marketplace (several jurisdictions, consents in every state, refunds, bulk and promoted orders,
 * third-party lines, CLV changes) that every rule set runs against before it may serve, so that a rule which throws
 * on ordinary data is refused at reload instead of failing decisions later.
 */
final class SampleFacts {

    private static final LocalDate ON = LocalDate.of(2026, 6, 15);

    private SampleFacts() {}

    static List<RuleError> dryRun(CompiledRuleSet set, JurisdictionTable jurisdictions) {
        List<RuleError> errors = new ArrayList<>();
        for (List<Object> facts : samples(set.name(), jurisdictions)) {
            try {
                SessionRunner.runStateless(set, facts);
            } catch (RuleEvaluationException e) {
                errors.add(new RuleError(e.file(), e.line(), e.getMessage() + " (on sample facts)"));
                return errors;
            }
        }
        return errors;
    }

    private static List<List<Object>> samples(RuleSetName name, JurisdictionTable jurisdictions) {
        List<Customer> customers = List.of(
                new Customer("sample-fr", CustomerType.INDIVIDUAL, "FR", null, 1980),
                new Customer("sample-ca", CustomerType.INDIVIDUAL, "US", "US-CA", null),
                new Customer("sample-school", CustomerType.SCHOOL, "GB", null, null),
                new Customer("sample-jp", CustomerType.ORGANISATION, "JP", null, 2015),
                new Customer("sample-co", CustomerType.INDIVIDUAL, "US", "US-CO", 2012),
                new Customer("sample-qc", CustomerType.INDIVIDUAL, "CA", "CA-QC", 1990),
                new Customer("sample-br", CustomerType.INDIVIDUAL, "BR", null, null));
        List<List<Object>> samples = new ArrayList<>();
        switch (name) {
            case CONSENT ->
                customers.forEach(customer -> {
                    var law = jurisdictions.lawFor(customer.country(), customer.region(), ON);
                    samples.add(FactSets.consent(ON, customer, law, List.of()));
                    samples.add(FactSets.consent(ON, customer, law, consents(customer)));
                });
            case CLV ->
                customers.forEach(customer -> samples.add(FactSets.adjustments(ON, customer, orders(customer))));
            case REVIEW -> {
                samples.add(FactSets.review(
                        ON, new ClvChange("sample-fr", "EUR", null, BigDecimal.TEN, BigDecimal.TEN, 1.0, false)));
                samples.add(FactSets.review(
                        ON,
                        new ClvChange(
                                "sample-ca",
                                "USD",
                                BigDecimal.ZERO,
                                new BigDecimal("900"),
                                new BigDecimal("400"),
                                0.9,
                                true)));
                samples.add(FactSets.review(
                        ON,
                        new ClvChange(
                                "sample-school",
                                "GBP",
                                new BigDecimal("100"),
                                new BigDecimal("90"),
                                BigDecimal.ZERO,
                                0.0,
                                false)));
            }
        }
        return samples;
    }

    private static List<Consent> consents(Customer customer) {
        List<Consent> consents = new ArrayList<>();
        ConsentStatus[] statuses = ConsentStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            Purpose purpose = Purpose.values()[i % 2];
            consents.add(new Consent(
                    customer.customerKey(),
                    purpose,
                    statuses[i],
                    LawfulBasis.values()[i % LawfulBasis.values().length],
                    ON.minusMonths(3L * i + 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                    "web-form",
                    "2025-01",
                    "I agree that my purchases are used to personalise offers.",
                    i == 3));
        }
        return consents;
    }

    private static List<Order> orders(Customer customer) {
        String key = customer.customerKey();
        return List.of(
                Order.builder(key + "-1", key, ON.minusDays(10))
                        .line(ProductCategory.PAINTS, 2, new BigDecimal("24.00"))
                        .line(
                                ProductCategory.PAPER,
                                1,
                                new BigDecimal("12.00"),
                                "paper-co",
                                SellerParty.THIRD_PARTY,
                                false,
                                "DE")
                        .build(),
                Order.builder(key + "-2", key, ON.minusMonths(2))
                        .line(
                                ProductCategory.CANVAS,
                                120,
                                new BigDecimal("1800.00"),
                                "canvas-us",
                                SellerParty.THIRD_PARTY,
                                true,
                                "US")
                        .returned(new BigDecimal("900.00"))
                        .build(),
                Order.builder(key + "-3", key, ON.minusMonths(5))
                        .line(ProductCategory.KITS, 1, new BigDecimal("40.00"))
                        .promotion(
                                new BigDecimal("50"),
                                ON.minusMonths(5).minusDays(3),
                                ON.minusMonths(5).plusDays(3))
                        .refunded(new BigDecimal("40.00"))
                        .build(),
                Order.builder(key + "-4", key, ON.minusMonths(14))
                        .line(ProductCategory.BRUSHES, 3, new BigDecimal("18.00"))
                        .exchanged(new BigDecimal("6.00"))
                        .cancelled(new BigDecimal("18.00"))
                        .build(),
                Order.builder(key + "-5", key, ON.minusDays(1)).build());
    }
}
