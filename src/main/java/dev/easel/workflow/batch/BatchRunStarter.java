package dev.easel.workflow.batch;

import dev.easel.workflow.engine.ProcessVariable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;

/**
 * Starts a batch run and answers with its id. The refit and the plan run in the caller's thread (the run id comes
 * from the plan); the chunks are jobs.
 */
@Service
class BatchRunStarter {

    private final RuntimeService runtime;

    BatchRunStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    StartedRun start(String requestedBy) {
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(ClvBatchRunProcess.KEY)
                .setVariable(ClvBatchRunProcess.REQUESTED_BY.name(), requestedBy)
                .executeWithVariablesInReturn();
        ProcessVariable<String> runId = ClvBatchRunProcess.RUN_ID;
        return new StartedRun(runId.read(instance.getVariables().get(runId.name())), instance.getId());
    }

    record StartedRun(String runId, String processInstance) {
    }
}
