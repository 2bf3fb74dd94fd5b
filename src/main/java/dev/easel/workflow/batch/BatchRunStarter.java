package dev.easel.workflow.batch;

import dev.easel.workflow.engine.ProcessVariable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResultWithVariables;
import org.springframework.stereotype.Service;

/**
 * Starts a batch run and answers with its id. The refit and the plan run in the caller's thread (the run id comes
 * from the plan); the chunks are jobs.
 */
@Service
public class BatchRunStarter {

    private final RuntimeService runtime;

    BatchRunStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public StartedRun start(String requestedBy) {
        MessageCorrelationResultWithVariables started = runtime.createMessageCorrelation(
                        ClvBatchRunProcess.MESSAGE_RUN_REQUESTED)
                .setVariable(ClvBatchRunProcess.REQUESTED_BY.name(), requestedBy)
                .correlateWithResultAndVariables(true);
        ProcessVariable<String> runId = ClvBatchRunProcess.RUN_ID;
        return new StartedRun(
                runId.read(started.getVariables().get(runId.name())),
                started.getProcessInstance().getId());
    }

    public record StartedRun(String runId, String processInstance) {}
}
