package dev.easel.workflow.privacy;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import dev.easel.consent.DataSubjectRequestCompleted;
import dev.easel.consent.DataSubjectRequestOpened;
import org.camunda.bpm.engine.RuntimeService;
import dev.easel.workflow.engine.AfterCommitWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a {@code data-subject-request} instance for each request received and ends it when the request is answered.
 * After commit, in a transaction of its own: a request exists before its process does. Only the id, the type and the
 * dates go into the process: no personal data.
 */
@Component
class DataSubjectRequestTrigger {

    private final RuntimeService runtime;
    private final AfterCommitWork afterCommit;

    DataSubjectRequestTrigger(RuntimeService runtime, AfterCommitWork afterCommit) {
        this.runtime = runtime;
        this.afterCommit = afterCommit;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DataSubjectRequestOpened opened) {
        Instant remindAt = opened.dueAt().minus(DataSubjectRequestProcess.REMIND_BEFORE);
        Map<String, Object> variables = new HashMap<>();
        variables.put(DataSubjectRequestProcess.REQUEST_ID.name(),
                DataSubjectRequestProcess.REQUEST_ID.toStored(opened.requestId()));
        variables.put(DataSubjectRequestProcess.REQUEST_TYPE.name(), opened.type().name());
        variables.put(DataSubjectRequestProcess.DUE_AT.name(),
                DataSubjectRequestProcess.DUE_AT.toStored(Date.from(opened.dueAt())));
        variables.put(DataSubjectRequestProcess.REMIND_AT.name(),
                DataSubjectRequestProcess.REMIND_AT.toStored(Date.from(remindAt)));
        afterCommit.submitInNewTransaction("data-subject request", () -> runtime
                .startProcessInstanceByKey(DataSubjectRequestProcess.KEY,
                String.valueOf(opened.requestId()), variables));
    }

    /** Correlating to all waiting instances (none or one) makes a repeated answer harmless. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(DataSubjectRequestCompleted completed) {
        afterCommit.submitInNewTransaction("data-subject request", () -> runtime
                .createMessageCorrelation(DataSubjectRequestProcess.MESSAGE_REQUEST_ANSWERED)
                .processInstanceBusinessKey(String.valueOf(completed.requestId()))
                .correlateAll());
    }
}
