package dev.easel.workflow.renewal;

import static dev.easel.workflow.renewal.ConsentRenewalProcess.CUSTOMER_KEY;

import dev.easel.workflow.engine.HandoffKind;
import dev.easel.workflow.engine.Handoffs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@value ConsentRenewalProcess#TASK_REQUEST_RECALCULATION}: the lapsed consent reaches the CLV through the customer's
 * coalesced recalculation, whose consent gate suppresses it; suppressing here could race a recalculation in flight.
 * Handed off like any change's request, so the round runs after this step commits, in a transaction of its own.
 */
@Component
class RequestRecalculationAdapter implements JavaDelegate {

    private final Handoffs handoffs;

    RequestRecalculationAdapter(Handoffs handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handoffs.handOff(HandoffKind.RECALCULATION, CUSTOMER_KEY.get(execution), null);
    }
}
