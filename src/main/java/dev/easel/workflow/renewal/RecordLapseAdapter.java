package dev.easel.workflow.renewal;

import static dev.easel.workflow.renewal.ConsentRenewalProcess.CUSTOMER_KEY;
import static dev.easel.workflow.renewal.ConsentRenewalProcess.PURPOSE;

import dev.easel.consent.ConsentLapsed;
import dev.easel.consent.Purpose;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** {@value ConsentRenewalProcess#TASK_RECORD_LAPSE}: announces the lapse; the audit trail records it. */
@Component
class RecordLapseAdapter implements JavaDelegate {

    private final ApplicationEventPublisher events;

    RecordLapseAdapter(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ConsentLapsed(
                CUSTOMER_KEY.get(execution),
                Purpose.fromCode(PURPOSE.get(execution)),
                execution.getProcessInstanceId()));
    }
}
