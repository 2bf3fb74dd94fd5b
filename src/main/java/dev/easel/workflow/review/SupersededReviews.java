package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.CANDIDATE_ID;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.SUPERSEDED_BY;

import dev.easel.clv.ClvReviewSuperseded;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps at most one open review per customer: a review whose result a newer one replaced ends through its "Review
 * superseded" event, in the transaction of the newer result (which, if flagged, then gets its own review).
 */
@Component
class SupersededReviews {

    private final RuntimeService runtime;

    SupersededReviews(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ClvReviewSuperseded superseded) {
        for (ProcessInstance review : openReviewsOf(superseded.decision().candidateId())) {
            runtime.createMessageCorrelation(ClvSpikeReviewProcess.MESSAGE_REVIEW_SUPERSEDED)
                    .processInstanceId(review.getId())
                    .setVariable(SUPERSEDED_BY.name(), SUPERSEDED_BY.toStored(superseded.supersededBy()))
                    .correlateWithResult();
        }
    }

    /** The running reviews of this result (one at most). */
    List<ProcessInstance> openReviewsOf(long candidateId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ClvSpikeReviewProcess.KEY)
                .variableValueEquals(CANDIDATE_ID.name(), CANDIDATE_ID.toStored(candidateId))
                .active()
                .list();
    }
}
