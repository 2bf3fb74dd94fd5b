package dev.easel.integrations.klaviyo;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentsImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Decides what Klaviyo should hold and queues it in the outbox, in the transaction of the change that caused it:
 * properties for an eligible customer, a clear for one who no longer is (and was synced before).
 */
@Service
class KlaviyoSync {

    private final KlaviyoOutbox outbox;
    private final MarketingSyncEligibility eligibility;
    private final ObjectMapper json;
    private final Clock clock;

    KlaviyoSync(KlaviyoOutbox outbox, MarketingSyncEligibility eligibility, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.eligibility = eligibility;
        this.json = json;
        this.clock = clock;
    }

    /** New CLV properties for the customer; for an ineligible customer, a clear where they were synced before. */
    void publish(String customerKey, Map<String, Object> properties) {
        if (!eligibility.allows(customerKey)) {
            clearIfSynced(customerKey);
            return;
        }
        try {
            outbox.enqueue(customerKey, OutboxEntry.Action.UPSERT, json.writeValueAsString(properties),
                    clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CLV properties are plain numbers and dates", e);
        }
    }

    /** Takes Easel's properties off the customer's Klaviyo profile, if Easel ever put them there. */
    void clearIfSynced(String customerKey) {
        if (synced(customerKey)) {
            outbox.enqueue(customerKey, OutboxEntry.Action.CLEAR, null, clock.instant());
        }
    }

    private boolean synced(String customerKey) {
        return outbox.find(customerKey).filter(entry -> entry.action() == OutboxEntry.Action.UPSERT).isPresent();
    }

    /** An objection, opt-out, withdrawal or GPC signal: a synced customer who is no longer eligible is cleared. */
    @EventListener
    void on(ConsentChanged changed) {
        if (synced(changed.customerKey()) && !eligibility.allows(changed.customerKey())) {
            clearIfSynced(changed.customerKey());
        }
    }

    /** A consents.csv import announces itself once: every synced customer is checked again. */
    @EventListener
    void on(ConsentsImported imported) {
        for (String customerKey : outbox.synced()) {
            if (!eligibility.allows(customerKey)) {
                clearIfSynced(customerKey);
            }
        }
    }
}
