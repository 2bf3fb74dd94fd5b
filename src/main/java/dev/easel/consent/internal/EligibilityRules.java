package dev.easel.consent.internal;

import dev.easel.commerce.LedgerCustomer;
import dev.easel.commerce.LedgerExtracts;
import dev.easel.consent.ConsentEligibility;
import dev.easel.consent.ConsentStanding;
import dev.easel.consent.Consents;
import dev.easel.consent.EligibilityVerdict;
import dev.easel.consent.Purpose;
import dev.easel.rules.ConsentEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.RuleOutcome;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentDecision;
import dev.easel.rules.facts.Customer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one consent gate: may these customers' data be used for a purpose on a day? CLV profiling and the Klaviyo sync
 * both ask here, so that both see the same facts (the latest record per purpose, a Global Privacy Control signal
 * marked the same way) and the same rules, and the law that applies comes from the jurisdiction table in the rules.
 */
@Service
class EligibilityRules implements ConsentEligibility {

    private final Consents consents;
    private final LedgerExtracts ledger;
    private final RuleEngine rules;

    EligibilityRules(Consents consents, LedgerExtracts ledger, RuleEngine rules) {
        this.consents = consents;
        this.ledger = ledger;
        this.rules = rules;
    }

    /**
     * Decides for many customers at once (two queries for the lot). Customers Easel does not know are left out of
     * the answer; the others come in the ledger's order.
     */
    @Transactional(readOnly = true)
    @Override
    public Map<String, EligibilityVerdict> decide(Collection<String> customerKeys, Purpose purpose, LocalDate on) {
        Map<String, EligibilityVerdict> verdicts = new LinkedHashMap<>();
        if (customerKeys.isEmpty()) {
            return verdicts;
        }
        Map<String, ConsentStanding> standings = consents.standings(customerKeys);
        for (LedgerCustomer ledgerCustomer : ledger.customers(customerKeys)) {
            Customer customer = ConsentFacts.customer(ledgerCustomer);
            List<Consent> facts = ConsentFacts.consents(standings.get(customer.customerKey()));
            RuleOutcome<ConsentDecision> outcome = rules.evaluate(new ConsentEvaluation(on, customer, facts));
            verdicts.put(
                    customer.customerKey(),
                    new EligibilityVerdict(
                            customer.customerKey(),
                            purpose,
                            outcome.results().of(ConsentFacts.purpose(purpose)),
                            outcome.results().law(),
                            outcome.firedRules(),
                            outcome.rulesetVersion(),
                            customer,
                            facts));
        }
        return verdicts;
    }

    /** One customer; empty for a customer Easel does not know. */
    @Transactional(readOnly = true)
    @Override
    public Optional<EligibilityVerdict> decide(String customerKey, Purpose purpose, LocalDate on) {
        return Optional.ofNullable(decide(List.of(customerKey), purpose, on).get(customerKey));
    }

    /** False for a customer Easel does not know: no data is used without an answer. */
    @Override
    public boolean allows(String customerKey, Purpose purpose, LocalDate on) {
        return decide(customerKey, purpose, on).map(EligibilityVerdict::allows).orElse(false);
    }
}
