package dev.easel.workflow.recalculation;

import static dev.easel.workflow.recalculation.ClvRecalculationProcess.CANDIDATE_ID;
import static dev.easel.workflow.recalculation.ClvRecalculationProcess.CUSTOMER_KEY;

import dev.easel.clv.ClvRecalculation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvRecalculationProcess#TASK_COMPUTE_CLV}: adjustments and model, stored as a candidate. */
@Component
class ComputeClvAdapter implements JavaDelegate {

    private final ClvRecalculation clv;

    ComputeClvAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CANDIDATE_ID.set(
                execution,
                clv.compute(CUSTOMER_KEY.get(execution), execution.getProcessInstanceId())
                        .candidateId());
    }
}
