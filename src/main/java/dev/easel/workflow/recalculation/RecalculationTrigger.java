package dev.easel.workflow.recalculation;

import dev.easel.commerce.OrderRecorded;
import dev.easel.commerce.RefundRecorded;
import dev.easel.consent.ConsentChanged;
import dev.easel.workflow.engine.Handoff;
import dev.easel.workflow.engine.HandoffHandler;
import dev.easel.workflow.engine.HandoffKind;
import dev.easel.workflow.engine.Handoffs;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks for a recalculation in the transaction of the change that calls for it: the request is stored with the order,
 * refund or consent, so a rolled-back change requests nothing and a crash after the commit loses nothing. The relay
 * starts the instance after the commit, so it never reads a ledger older than the change.
 */
@Component
class RecalculationTrigger implements HandoffHandler {

    private final Handoffs handoffs;
    private final RecalculationRequests requests;

    RecalculationTrigger(Handoffs handoffs, RecalculationRequests requests) {
        this.handoffs = handoffs;
        this.requests = requests;
    }

    @EventListener
    void on(OrderRecorded event) {
        request(event.customerKey());
    }

    @EventListener
    void on(RefundRecorded event) {
        request(event.customerKey());
    }

    @EventListener
    void on(ConsentChanged event) {
        request(event.customerKey());
    }

    private void request(String customerKey) {
        handoffs.handOff(HandoffKind.RECALCULATION, customerKey, null);
    }

    @Override
    public Set<HandoffKind> kinds() {
        return Set.of(HandoffKind.RECALCULATION);
    }

    /** Joins the relay's transaction; a concurrent start for the same customer fails it, and the relay tries again. */
    @Override
    public void handle(Handoff handoff) {
        requests.request(handoff.subject());
    }
}
