package dev.easel.workflow.engine;

import org.springframework.stereotype.Component;

/** The timer start events' cycles, read from configuration by the BPMN ({@code ${workflowSchedules.batch()}}). */
@Component("workflowSchedules")
public class WorkflowSchedules {

    private final WorkflowProperties properties;

    WorkflowSchedules(WorkflowProperties properties) {
        this.properties = properties;
    }

    public String consentRenewal() {
        return properties.consentRenewal().schedule();
    }

    public String batch() {
        return properties.batch().schedule();
    }
}
