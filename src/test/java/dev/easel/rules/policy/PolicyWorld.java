package dev.easel.rules.policy;

import dev.easel.rules.AdjustmentEvaluation;
import dev.easel.rules.ConsentEvaluation;
import dev.easel.rules.Evaluation;
import dev.easel.rules.ReviewEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RuleOutcome;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentDecision;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.Law;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.ReviewFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one scenario has said so far, and what the rules answered. */
class PolicyWorld {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String CUSTOMER_KEY = "cust-7f3a";

    private final RuleEngine engine;

    /** The day the gate decides for; TODAY unless a scenario says otherwise. */
    LocalDate on = TODAY;

    Customer customer = new Customer(CUSTOMER_KEY, CustomerType.INDIVIDUAL, "FR", null, null);
    final List<Consent> consents = new ArrayList<>();
    final Map<String, Order.Builder> orders = new LinkedHashMap<>();
    final Map<String, LocalDate> placedOn = new LinkedHashMap<>();
    BigDecimal previousPublished;
    BigDecimal newValue;
    BigDecimal historicValue = new BigDecimal("500.00");
    double largestOrderShare = 0.25;
    boolean serialReturner;
    int historicOrders = 1;
    final Set<String> flags = new HashSet<>();
    final Set<String> adjustments = new HashSet<>();
    final List<dev.easel.rules.facts.CustomerFeedback> feedback = new java.util.ArrayList<>();

    ConsentDecision consentDecision;
    AdjustmentDecision adjustmentDecision;
    ReviewFlag reviewFlag;

    PolicyWorld(RuleEngine engine) {
        this.engine = engine;
    }

    void decideConsent() {
        consentDecision = evaluate(new ConsentEvaluation(on, customer, latestPerPurpose()));
    }

    void decideAdjustments() {
        List<Order> built = orders.values().stream().map(Order.Builder::build).toList();
        adjustmentDecision = evaluate(new AdjustmentEvaluation(TODAY, customer, built));
    }

    void decideReview() {
        reviewFlag = evaluate(new ReviewEvaluation(
                TODAY,
                new ClvChange(
                        CUSTOMER_KEY,
                        "EUR",
                        previousPublished,
                        newValue,
                        historicValue,
                        largestOrderShare,
                        serialReturner,
                        historicOrders,
                        flags,
                        adjustments),
                feedback));
    }

    /** As the consent module gives them: only the latest record per purpose is a fact. */
    private List<Consent> latestPerPurpose() {
        Map<dev.easel.rules.facts.Purpose, Consent> latest = new LinkedHashMap<>();
        consents.stream()
                .sorted(java.util.Comparator.comparing(Consent::capturedAt))
                .forEach(consent -> latest.put(consent.purpose(), consent));
        return List.copyOf(latest.values());
    }

    /** The serving jurisdiction table's rows. */
    List<Law> laws() {
        return engine.laws();
    }

    Law lawOfCustomer() {
        return engine.lawFor(customer.country(), customer.region(), on);
    }

    private <R> R evaluate(Evaluation<R> evaluation) {
        RuleOutcome<R> outcome = engine.evaluate(evaluation);
        RuleCoverage.fired(outcome.firedRules());
        return outcome.results();
    }
}
