package dev.easel.workflow.recalculation;

import static dev.easel.workflow.recalculation.ClvRecalculationProcess.CUSTOMER_KEY;
import static dev.easel.workflow.recalculation.ClvRecalculationProcess.readConsentGate;

import dev.easel.clv.ClvRecalculation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvRecalculationProcess#TASK_SUPPRESS_CLV}: consent does not allow profiling, so the published CLV is withdrawn. */
@Component
class SuppressClvAdapter implements JavaDelegate {

    private final ClvRecalculation clv;

    SuppressClvAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clv.suppress(CUSTOMER_KEY.get(execution), readConsentGate(execution), execution.getProcessInstanceId());
    }
}
