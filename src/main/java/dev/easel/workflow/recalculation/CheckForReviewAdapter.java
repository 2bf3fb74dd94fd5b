package dev.easel.workflow.recalculation;

import static dev.easel.workflow.recalculation.ClvRecalculationProcess.CANDIDATE_ID;
import static dev.easel.workflow.recalculation.ClvRecalculationProcess.FLAGGED;

import dev.easel.clv.ClvRecalculation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvRecalculationProcess#TASK_CHECK_FOR_REVIEW}: whether the review rules flag the candidate. */
@Component
class CheckForReviewAdapter implements JavaDelegate {

    private final ClvRecalculation clv;

    CheckForReviewAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FLAGGED.set(execution, clv.checkForReview(CANDIDATE_ID.get(execution)).flagged());
    }
}
