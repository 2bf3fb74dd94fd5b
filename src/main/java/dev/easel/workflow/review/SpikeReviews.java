package dev.easel.workflow.review;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Hands a flagged candidate to a new review, in the caller's transaction: no flag without its review. */
@Service
public class SpikeReviews {

    private final RuntimeService runtime;

    SpikeReviews(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void request(long candidateId) {
        runtime.startProcessInstanceByMessage(ClvSpikeReviewProcess.MESSAGE_REVIEW_REQUESTED,
                Map.of(ClvSpikeReviewProcess.CANDIDATE_ID.name(), candidateId));
    }
}
