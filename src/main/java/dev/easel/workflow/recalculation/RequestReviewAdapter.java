package dev.easel.workflow.recalculation;

import static dev.easel.workflow.recalculation.ClvRecalculationProcess.CANDIDATE_ID;

import dev.easel.workflow.review.SpikeReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvRecalculationProcess#TASK_REQUEST_REVIEW}: a flagged candidate goes to its own review process, so that the customer's next recalculation does not wait for a person. */
@Component
class RequestReviewAdapter implements JavaDelegate {

    private final SpikeReviews reviews;

    RequestReviewAdapter(SpikeReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.request(CANDIDATE_ID.get(execution));
    }
}
