package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.CANDIDATE_ID;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.OUTCOME;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.PUBLISHED;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REASON;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REVIEWER;

import dev.easel.clv.ApprovalOutcome;
import dev.easel.clv.ClvRecalculation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@value ClvSpikeReviewProcess#TASK_PUBLISH_APPROVED}: the reviewer approved; the candidate becomes current if it is
 * still the latest result and consent still allows it. Otherwise nothing is published and the review ends with why.
 */
@Component
class PublishApprovedAdapter implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(PublishApprovedAdapter.class);

    private final ClvRecalculation clv;

    PublishApprovedAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalOutcome outcome = clv.approve(
                CANDIDATE_ID.get(execution),
                REVIEWER.get(execution),
                REASON.get(execution),
                execution.getProcessInstanceId());
        PUBLISHED.set(execution, outcome.published());
        OUTCOME.set(execution, outcome.message());
        if (!outcome.published()) {
            log.warn(
                    "Approval of review {} withheld ({}): {}",
                    execution.getProcessInstanceId(),
                    outcome.withheldBecause(),
                    outcome.message());
        }
    }
}
