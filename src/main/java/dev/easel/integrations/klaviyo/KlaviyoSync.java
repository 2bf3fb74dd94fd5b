package dev.easel.integrations.klaviyo;

import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.ConsentsImported;
import java.time.Clock;
import java.util.Collection;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Queues Klaviyo update requests in the outbox, in the transaction of the change that calls for them. What is sent is
 * decided by the relay when it sends (current CLV, current eligibility), so enqueueing stays cheap for batch runs.
 */
@Service
class KlaviyoSync {

    private final KlaviyoOutbox outbox;
    private final Clock clock;

    KlaviyoSync(KlaviyoOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The customer's CLV changed: bring their Klaviyo profile up to date. */
    void refresh(String customerKey) {
        outbox.enqueue(customerKey, OutboxEntry.Action.UPSERT, clock.instant());
    }

    void refreshAll(Collection<String> customerKeys) {
        outbox.enqueueAll(customerKeys, OutboxEntry.Action.UPSERT, clock.instant());
    }

    /** {@link #clear} for many customers at once: one look-up, one batch. */
    void clearAll(Collection<String> customerKeys) {
        outbox.enqueueAll(outbox.present(customerKeys), OutboxEntry.Action.CLEAR, clock.instant());
    }

    /** Takes Easel's properties off the customer's profile whatever their consent (erasure, withdrawn CLV). */
    void clear(String customerKey) {
        if (outbox.find(customerKey).isPresent()) {
            outbox.enqueue(customerKey, OutboxEntry.Action.CLEAR, clock.instant());
        }
    }

    /**
     * An objection, opt-out, withdrawal or GPC signal queues a clear in the same transaction, whatever the rules
     * will say: Klaviyo never keeps a value the customer said no to while a recalculation is on its way. A new
     * consent brings a synced customer's profile up to date.
     */
    @EventListener
    void on(ConsentChanged changed) {
        if (changed.status() != ConsentStatus.GIVEN || "GPC".equals(changed.signal())) {
            clear(changed.customerKey());
        } else if (outbox.find(changed.customerKey())
                .filter(OutboxEntry::synced)
                .isPresent()) {
            refresh(changed.customerKey());
        }
    }

    /** A consents.csv import announces itself once: every synced customer is checked again. */
    @EventListener
    void on(ConsentsImported imported) {
        refreshAll(outbox.synced());
    }
}
