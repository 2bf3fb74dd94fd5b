package dev.easel.clv.engine;

import dev.easel.commerce.CustomerRecorded;
import dev.easel.commerce.LedgerImported;
import dev.easel.commerce.OrderRecorded;
import dev.easel.commerce.RefundRecorded;
import dev.easel.consent.ConsentChanged;
import dev.easel.consent.ConsentLapsed;
import dev.easel.consent.ConsentsImported;
import dev.easel.consent.CustomerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drops a fit's kept evaluation of a customer as soon as anything the rules read about them changes, so that a batch
 * run evaluates that customer again from the ledger. Listens as the change is made, before its commit: dropping
 * too early only costs an evaluation.
 */
@Component
class FitEvaluationsInvalidation {

    private final FitEvaluations evaluations;

    FitEvaluationsInvalidation(FitEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @EventListener
    void on(OrderRecorded event) {
        evaluations.forget(event.customerKey());
    }

    @EventListener
    void on(RefundRecorded event) {
        evaluations.forget(event.customerKey());
    }

    @EventListener
    void on(CustomerRecorded event) {
        evaluations.forget(event.customerKey());
    }

    @EventListener
    void on(ConsentChanged event) {
        evaluations.forget(event.customerKey());
    }

    @EventListener
    void on(ConsentLapsed event) {
        evaluations.forget(event.customerKey());
    }

    @EventListener
    void on(CustomerErased event) {
        evaluations.forget(event.customerKey());
    }

    @EventListener
    void on(LedgerImported event) {
        evaluations.forgetAll();
    }

    @EventListener
    void on(ConsentsImported event) {
        evaluations.forgetAll();
    }
}
