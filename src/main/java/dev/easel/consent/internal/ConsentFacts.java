package dev.easel.consent.internal;

import dev.easel.commerce.LedgerCustomer;
import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentStanding;
import dev.easel.consent.Purpose;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The consent module's records as the rules' facts, in one place: the enums are mapped by name (kept in step by a
 * test), and the Global Privacy Control signal is marked the same way for every purpose and every caller.
 */
final class ConsentFacts {

    static final String GPC = "GPC";

    private ConsentFacts() {}

    static Customer customer(LedgerCustomer customer) {
        return new Customer(
                customer.customerKey(),
                CustomerType.valueOf(customer.type()),
                customer.country(),
                customer.region(),
                customer.birthYear());
    }

    /**
     * The latest record per purpose. A Global Privacy Control signal, once received, marks every record: a later
     * request without the signal does not withdraw it, and the rules decide where the law makes it binding.
     */
    static List<Consent> consents(ConsentStanding standing) {
        List<Consent> consents = new ArrayList<>(standing.latest().size());
        for (ConsentEvent event : standing.latest().values()) {
            consents.add(new Consent(
                    event.customerKey(),
                    purpose(event.purpose()),
                    dev.easel.rules.facts.ConsentStatus.valueOf(event.status().name()),
                    dev.easel.rules.facts.LawfulBasis.valueOf(
                            event.lawfulBasis().name()),
                    event.capturedAt(),
                    event.source(),
                    event.policyVersion(),
                    event.wording(),
                    standing.globalPrivacyControl() || GPC.equals(event.signal())));
        }
        return consents;
    }

    static dev.easel.rules.facts.Purpose purpose(Purpose purpose) {
        return dev.easel.rules.facts.Purpose.fromCode(purpose.code());
    }
}
