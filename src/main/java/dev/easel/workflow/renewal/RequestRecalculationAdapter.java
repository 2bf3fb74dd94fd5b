package dev.easel.workflow.renewal;

import static dev.easel.workflow.renewal.ConsentRenewalProcess.CUSTOMER_KEY;

import dev.easel.workflow.recalculation.RecalculationRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@value ConsentRenewalProcess#TASK_REQUEST_RECALCULATION}: the lapsed consent reaches the CLV through the customer's
 * coalesced recalculation, whose consent gate suppresses it; suppressing here could race a recalculation in flight.
 */
@Component
class RequestRecalculationAdapter implements JavaDelegate {

    private final RecalculationRequests requests;

    RequestRecalculationAdapter(RecalculationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.request(CUSTOMER_KEY.get(execution));
    }
}
