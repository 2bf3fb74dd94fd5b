package dev.easel.workflow.batch;

import static dev.easel.workflow.batch.ClvBatchRunProcess.REQUESTED_BY;

import dev.easel.clv.ModelFits;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.workflow.engine.WorkflowProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvBatchRunProcess#TASK_REFIT_MODEL}: a fresh fit on today's ledger; a failed fit keeps the current one. */
@Component
class RefitModelAdapter implements JavaDelegate {

    private final ModelFits fits;
    private final ModelTimeUnit timeUnit;

    RefitModelAdapter(ModelFits fits, WorkflowProperties properties) {
        this.fits = fits;
        this.timeUnit = properties.batch().timeUnit();
    }

    @Override
    public void execute(DelegateExecution execution) {
        fits.fitNow(timeUnit, null, REQUESTED_BY.get(execution));
    }
}
