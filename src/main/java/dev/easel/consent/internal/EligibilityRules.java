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
 * {@link ConsentEligibility} by the consent rules: the customers' standings and ledger facts mapped to the rules' fact
 * model ({@link ConsentFacts}) and evaluated once per customer.
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

    @Transactional(readOnly = true)
    @Override
    public Optional<EligibilityVerdict> decide(String customerKey, Purpose purpose, LocalDate on) {
        return Optional.ofNullable(decide(List.of(customerKey), purpose, on).get(customerKey));
    }

    @Override
    public boolean allows(String customerKey, Purpose purpose, LocalDate on) {
        return decide(customerKey, purpose, on).map(EligibilityVerdict::allows).orElse(false);
    }
}
