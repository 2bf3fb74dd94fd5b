package dev.easel.workflow.renewal;

import static dev.easel.workflow.renewal.ConsentRenewalProcess.CUSTOMER_KEY;
import static dev.easel.workflow.renewal.ConsentRenewalProcess.EXPIRES_AT;
import static dev.easel.workflow.renewal.ConsentRenewalProcess.KEY;
import static dev.easel.workflow.renewal.ConsentRenewalProcess.MESSAGE_RENEWAL_DUE;
import static dev.easel.workflow.renewal.ConsentRenewalProcess.PURPOSE;

import dev.easel.consent.Consents;
import dev.easel.consent.RenewalDue;
import dev.easel.workflow.engine.WorkflowProperties;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@value ConsentRenewalProcess#TASK_START_RENEWALS}: one renewal per customer and purpose due, unless one is already
 * waiting (the daily search finds the same consent on each of the notice period's days).
 */
@Component
class StartRenewalsAdapter implements JavaDelegate {

    private final Consents consents;
    private final RuntimeService runtime;
    private final RenewalWindow window;

    StartRenewalsAdapter(Consents consents, RuntimeService runtime, WorkflowProperties properties) {
        this.consents = consents;
        this.runtime = runtime;
        this.window = new RenewalWindow(properties.consentRenewal());
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        for (RenewalDue due : consents.renewalsDue(window.capturedFrom(today), window.capturedBefore(today))) {
            if (!waiting(due)) {
                runtime.startProcessInstanceByMessage(
                        MESSAGE_RENEWAL_DUE,
                        due.customerKey(),
                        Map.of(
                                CUSTOMER_KEY.name(), due.customerKey(),
                                PURPOSE.name(), due.purpose().code(),
                                EXPIRES_AT.name(), Date.from(window.expiresAt(due.capturedAt()))));
            }
        }
    }

    private boolean waiting(RenewalDue due) {
        return runtime.createProcessInstanceQuery()
                        .processDefinitionKey(KEY)
                        .processInstanceBusinessKey(due.customerKey())
                        .variableValueEquals(PURPOSE.name(), due.purpose().code())
                        .count()
                > 0;
    }
}
