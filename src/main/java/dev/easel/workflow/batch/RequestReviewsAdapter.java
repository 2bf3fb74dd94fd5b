package dev.easel.workflow.batch;

import static dev.easel.workflow.batch.ClvBatchRunProcess.FLAGGED_CANDIDATES;

import dev.easel.workflow.review.SpikeReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@value ClvBatchRunProcess#TASK_REQUEST_REVIEWS}: one review per flagged candidate of the chunk, in the chunk's
 * transaction, so that a retried chunk does not start its reviews twice.
 */
@Component
class RequestReviewsAdapter implements JavaDelegate {

    private final SpikeReviews reviews;

    RequestReviewsAdapter(SpikeReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FLAGGED_CANDIDATES.get(execution).forEach(id -> reviews.request(Long.parseLong(id)));
    }
}
