package dev.easel.workflow.recalculation;

import static dev.easel.workflow.recalculation.ClvRecalculationProcess.CUSTOMER_KEY;
import static dev.easel.workflow.recalculation.ClvRecalculationProcess.writeConsentGate;

import dev.easel.clv.ClvRecalculation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvRecalculationProcess#TASK_CHECK_CONSENT}: the consent gate's answer, for the gateway and the suppression. */
@Component
class CheckConsentAdapter implements JavaDelegate {

    private final ClvRecalculation clv;

    CheckConsentAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        writeConsentGate(execution, clv.checkConsent(CUSTOMER_KEY.get(execution)));
    }
}
