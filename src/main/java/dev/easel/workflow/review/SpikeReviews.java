package dev.easel.workflow.review;

import dev.easel.clv.ClvRecalculation;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Hands a flagged candidate to a review, in the caller's transaction: no flag without its review. A candidate that
 * already has its review (a retried chunk, or a review carried over from an earlier result of the same value) gets
 * no second one.
 */
@Service
public class SpikeReviews {

    private final RuntimeService runtime;
    private final SupersededReviews reviews;
    private final ClvRecalculation clv;

    SpikeReviews(RuntimeService runtime, SupersededReviews reviews, ClvRecalculation clv) {
        this.runtime = runtime;
        this.reviews = reviews;
        this.clv = clv;
    }

    public void request(long candidateId) {
        if (!reviews.openReviewsOf(candidateId).isEmpty() || clv.coveredByOpenReview(candidateId)) {
            return;
        }
        runtime.startProcessInstanceByMessage(
                ClvSpikeReviewProcess.MESSAGE_REVIEW_REQUESTED,
                Map.of(ClvSpikeReviewProcess.CANDIDATE_ID.name(), candidateId));
    }
}
