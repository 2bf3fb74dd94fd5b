package dev.easel.workflow.batch;

import static dev.easel.workflow.batch.ClvBatchRunProcess.CHUNKS;
import static dev.easel.workflow.batch.ClvBatchRunProcess.REQUESTED_BY;
import static dev.easel.workflow.batch.ClvBatchRunProcess.RUN_ID;

import dev.easel.clv.BatchRun;
import dev.easel.clv.ClvBatchRuns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvBatchRunProcess#TASK_PLAN_RUN}: the run and its number of chunks, for the multi-instance. */
@Component
class PlanRunAdapter implements JavaDelegate {

    private final ClvBatchRuns runs;

    PlanRunAdapter(ClvBatchRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BatchRun run = runs.plan(REQUESTED_BY.get(execution), execution.getProcessInstanceId());
        RUN_ID.set(execution, run.runId());
        CHUNKS.set(execution, run.chunks());
    }
}
