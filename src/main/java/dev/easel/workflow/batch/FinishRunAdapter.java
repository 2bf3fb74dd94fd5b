package dev.easel.workflow.batch;

import static dev.easel.workflow.batch.ClvBatchRunProcess.RUN_ID;

import dev.easel.clv.ClvBatchRuns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvBatchRunProcess#TASK_FINISH_RUN}: every chunk is done; the run's summary is stored. */
@Component
class FinishRunAdapter implements JavaDelegate {

    private final ClvBatchRuns runs;

    FinishRunAdapter(ClvBatchRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runs.finish(RUN_ID.get(execution));
    }
}
