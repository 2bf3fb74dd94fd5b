package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.APPROVE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.APPROVED;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.DECISION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REASON;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REJECT;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REVIEWER;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completing a review task: refuses a completion without a decision, or a rejection without a reason (whatever
 * client completes it), and records who decided: the logged-in user, else the assignee.
 */
@Component
class ReviewDecisionListener implements TaskListener {

    private final IdentityService identity;

    ReviewDecisionListener(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = DECISION.get(task);
        if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
            throw new BadUserRequestException("A review needs a decision: 'approve' or 'reject'.");
        }
        String reason = REASON.get(task);
        if (REJECT.equals(decision) && (reason == null || reason.isBlank())) {
            throw new BadUserRequestException("A rejection needs a reason.");
        }
        Authentication user = identity.getCurrentAuthentication();
        REVIEWER.set(task, user != null ? user.getUserId() : task.getAssignee());
        APPROVED.set(task, APPROVE.equals(decision));
    }
}
