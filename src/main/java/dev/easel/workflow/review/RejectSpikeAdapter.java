package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.CANDIDATE_ID;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REASON;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REVIEWER;

import dev.easel.clv.ClvRecalculation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvSpikeReviewProcess#TASK_REJECT_SPIKE}: the reviewer rejected; the previous value stays. */
@Component
class RejectSpikeAdapter implements JavaDelegate {

    private final ClvRecalculation clv;

    RejectSpikeAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clv.reject(
                CANDIDATE_ID.get(execution),
                REVIEWER.get(execution),
                REASON.get(execution),
                execution.getProcessInstanceId());
    }
}
