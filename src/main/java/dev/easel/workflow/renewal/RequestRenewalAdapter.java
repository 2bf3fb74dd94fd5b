package dev.easel.workflow.renewal;

import static dev.easel.workflow.renewal.ConsentRenewalProcess.CUSTOMER_KEY;
import static dev.easel.workflow.renewal.ConsentRenewalProcess.EXPIRES_AT;
import static dev.easel.workflow.renewal.ConsentRenewalProcess.PURPOSE;
import static dev.easel.workflow.renewal.ConsentRenewalProcess.TOPIC_RENEWAL_REQUESTED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.consent.ConsentRenewalRequested;
import dev.easel.consent.Purpose;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@value ConsentRenewalProcess#TASK_REQUEST_RENEWAL}: the request for the marketing tools goes into the outbox and
 * its audit record into the decision log, both in the instance's transaction.
 */
@Component
class RequestRenewalAdapter implements JavaDelegate {

    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    RequestRenewalAdapter(Outbox outbox, ApplicationEventPublisher events, ObjectMapper json) {
        this.outbox = outbox;
        this.events = events;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        String customerKey = CUSTOMER_KEY.get(execution);
        String purpose = PURPOSE.get(execution);
        Instant expiresAt = EXPIRES_AT.get(execution).toInstant();
        outbox.append(
                TOPIC_RENEWAL_REQUESTED,
                customerKey,
                json.writeValueAsString(
                        Map.of("customerKey", customerKey, "purpose", purpose, "expiresAt", expiresAt.toString())));
        events.publishEvent(new ConsentRenewalRequested(
                customerKey, Purpose.fromCode(purpose), expiresAt, execution.getProcessInstanceId()));
    }
}
