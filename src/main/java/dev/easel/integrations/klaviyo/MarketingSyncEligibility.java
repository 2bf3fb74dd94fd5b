package dev.easel.integrations.klaviyo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.Customers;
import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentStanding;
import dev.easel.consent.Consents;
import dev.easel.rules.ConsentEvaluation;
import dev.easel.rules.RuleEngine;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentDecision;
import dev.easel.rules.facts.ConsentStatus;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.LawfulBasis;
import dev.easel.rules.facts.Purpose;
import org.springframework.stereotype.Component;

/**
 * May this customer's CLV go to Klaviyo? The consent rules decide for the purpose marketing-sync. A Global Privacy
 * Control signal ever received also says no, whatever came after it: the signal is not withdrawn by a later request
 * without it, so the sync does not rely on every rule author remembering that.
 */
@Component
class MarketingSyncEligibility {

    private final Customers customers;
    private final Consents consents;
    private final RuleEngine rules;
    private final Clock clock;

    MarketingSyncEligibility(Customers customers, Consents consents, RuleEngine rules, Clock clock) {
        this.customers = customers;
        this.consents = consents;
        this.rules = rules;
        this.clock = clock;
    }

    boolean allows(String customerKey) {
        CustomerDetails customer = customers.find(customerKey).orElse(null);
        if (customer == null) {
            return false;
        }
        ConsentStanding standing = consents.standing(customerKey);
        if (standing.globalPrivacyControl()) {
            return false;
        }
        List<Consent> facts = standing.latest().values().stream().map(MarketingSyncEligibility::fact).toList();
        ConsentDecision decision = rules.evaluate(new ConsentEvaluation(LocalDate.now(clock),
                new Customer(customerKey, CustomerType.valueOf(customer.type()), customer.country(),
                        customer.region(), customer.birthYear()), facts)).results();
        return decision.allows(Purpose.MARKETING_SYNC);
    }

    private static Consent fact(ConsentEvent event) {
        return new Consent(event.customerKey(), Purpose.fromCode(event.purpose().code()),
                ConsentStatus.valueOf(event.status().name()), LawfulBasis.valueOf(event.lawfulBasis().name()),
                event.capturedAt(), event.source(), event.policyVersion(), event.wording(),
                "GPC".equals(event.signal()));
    }
}
