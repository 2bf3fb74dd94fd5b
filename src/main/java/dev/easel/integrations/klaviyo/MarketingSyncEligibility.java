package dev.easel.integrations.klaviyo;

import dev.easel.consent.ConsentEligibility;
import dev.easel.consent.Purpose;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * May this customer's CLV go to Klaviyo? The consent module's gate decides for the purpose marketing-sync, with the
 * same facts and rules as CLV profiling: a "no" stops the sync everywhere, and a Global Privacy Control signal stops
 * it for good wherever the customer's law requires honouring the signal (rules/consent/jurisdictions.csv).
 */
@Component
class MarketingSyncEligibility {

    private final ConsentEligibility gate;
    private final Clock clock;

    MarketingSyncEligibility(ConsentEligibility gate, Clock clock) {
        this.gate = gate;
        this.clock = clock;
    }

    boolean allows(String customerKey) {
        return gate.allows(customerKey, Purpose.MARKETING_SYNC, LocalDate.now(clock));
    }
}
