package dev.easel.workflow.privacy;

import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequestCompleted;
import dev.easel.consent.DataSubjectRequestOpened;
import dev.easel.workflow.engine.Handoff;
import dev.easel.workflow.engine.HandoffHandler;
import dev.easel.workflow.engine.HandoffKind;
import dev.easel.workflow.engine.Handoffs;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a {@code data-subject-request} instance for each request received and ends it when the request is answered.
 * Both are stored with the request and done after its commit: a request exists before its process does, and neither
 * is lost in a crash. Only the id, the type and the dates go into the process: no personal data.
 */
@Component
class DataSubjectRequestTrigger implements HandoffHandler {

    private final Handoffs handoffs;
    private final RuntimeService runtime;

    DataSubjectRequestTrigger(Handoffs handoffs, RuntimeService runtime) {
        this.handoffs = handoffs;
        this.runtime = runtime;
    }

    @EventListener
    void on(DataSubjectRequestOpened opened) {
        handoffs.handOff(
                HandoffKind.DATA_SUBJECT_REQUEST_OPENED,
                String.valueOf(opened.requestId()),
                new Opened(opened.type(), opened.dueAt()).toString());
    }

    @EventListener
    void on(DataSubjectRequestCompleted completed) {
        handoffs.handOff(HandoffKind.DATA_SUBJECT_REQUEST_ANSWERED, String.valueOf(completed.requestId()), null);
    }

    @Override
    public Set<HandoffKind> kinds() {
        return Set.of(HandoffKind.DATA_SUBJECT_REQUEST_OPENED, HandoffKind.DATA_SUBJECT_REQUEST_ANSWERED);
    }

    @Override
    public void handle(Handoff handoff) {
        switch (handoff.kind()) {
            case DATA_SUBJECT_REQUEST_OPENED ->
                start(Long.parseLong(handoff.subject()), Opened.parse(handoff.detail()));
            case DATA_SUBJECT_REQUEST_ANSWERED -> answered(handoff.subject());
            default -> throw new IllegalArgumentException("Not a data-subject request hand-off: " + handoff.kind());
        }
    }

    private void start(long requestId, Opened opened) {
        Instant remindAt = opened.dueAt().minus(DataSubjectRequestProcess.REMIND_BEFORE);
        Map<String, Object> variables = new HashMap<>();
        variables.put(
                DataSubjectRequestProcess.REQUEST_ID.name(), DataSubjectRequestProcess.REQUEST_ID.toStored(requestId));
        variables.put(
                DataSubjectRequestProcess.REQUEST_TYPE.name(), opened.type().name());
        variables.put(
                DataSubjectRequestProcess.DUE_AT.name(),
                DataSubjectRequestProcess.DUE_AT.toStored(Date.from(opened.dueAt())));
        variables.put(
                DataSubjectRequestProcess.REMIND_AT.name(),
                DataSubjectRequestProcess.REMIND_AT.toStored(Date.from(remindAt)));
        runtime.startProcessInstanceByKey(DataSubjectRequestProcess.KEY, String.valueOf(requestId), variables);
    }

    /** Correlating to all waiting instances (none or one) makes a repeated answer harmless. */
    private void answered(String requestId) {
        runtime.createMessageCorrelation(DataSubjectRequestProcess.MESSAGE_REQUEST_ANSWERED)
                .processInstanceBusinessKey(requestId)
                .correlateAll();
    }

    /** The hand-off's detail: the request's type and when it is due, as {@code ERASURE 2026-12-31T10:00:00Z}. */
    record Opened(DataSubjectRequest.Type type, Instant dueAt) {

        static Opened parse(String detail) {
            String[] parts = detail.split(" ", 2);
            return new Opened(DataSubjectRequest.Type.valueOf(parts[0]), Instant.parse(parts[1]));
        }

        @Override
        public String toString() {
            return type.name() + " " + dueAt;
        }
    }
}
