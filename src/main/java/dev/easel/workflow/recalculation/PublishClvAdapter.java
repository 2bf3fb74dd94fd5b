package dev.easel.workflow.recalculation;

import static dev.easel.workflow.recalculation.ClvRecalculationProcess.CANDIDATE_ID;

import dev.easel.clv.ClvRecalculation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvRecalculationProcess#TASK_PUBLISH_CLV}: an unflagged candidate becomes the customer's CLV, with no reviewer. */
@Component
class PublishClvAdapter implements JavaDelegate {

    private final ClvRecalculation clv;

    PublishClvAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clv.publishWithoutReview(CANDIDATE_ID.get(execution), execution.getProcessInstanceId());
    }
}
