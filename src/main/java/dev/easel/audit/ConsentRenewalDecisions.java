package dev.easel.audit;

import dev.easel.consent.ConsentLapsed;
import dev.easel.consent.ConsentRenewalRequested;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records consent renewals requested and consents lapsed, in the transaction that decided them. */
@Component
class ConsentRenewalDecisions {

    private final PendingDecisions pending;

    ConsentRenewalDecisions(PendingDecisions pending) {
        this.pending = pending;
    }

    @EventListener
    void on(ConsentRenewalRequested event) {
        pending.record(new Decision(
                DecisionKind.CONSENT_RENEWAL_REQUESTED,
                "easel",
                "SYSTEM",
                event.customerKey(),
                null,
                null,
                null,
                List.of(),
                Map.of(
                        "purpose",
                        event.purpose().code(),
                        "expiresAt",
                        event.expiresAt().toString()),
                "the consent's renewal period ends soon",
                event.processInstance()));
    }

    @EventListener
    void on(ConsentLapsed event) {
        pending.record(new Decision(
                DecisionKind.CONSENT_LAPSED,
                "easel",
                "SYSTEM",
                event.customerKey(),
                null,
                null,
                null,
                List.of(),
                Map.of("purpose", event.purpose().code()),
                "the consent was not renewed before its renewal period ended",
                event.processInstance()));
    }
}
