package dev.easel.workflow.recalculation;

import static dev.easel.workflow.recalculation.ClvRecalculationProcess.ANOTHER_ROUND;
import static dev.easel.workflow.recalculation.ClvRecalculationProcess.CUSTOMER_KEY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvRecalculationProcess#TASK_COMPLETE_ROUND}: ends the round, or asks for one more when another event arrived meanwhile. */
@Component
class CompleteRoundAdapter implements JavaDelegate {

    private final RecalculationRequests requests;

    CompleteRoundAdapter(RecalculationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ANOTHER_ROUND.set(execution, requests.completeRound(CUSTOMER_KEY.get(execution)));
    }
}
