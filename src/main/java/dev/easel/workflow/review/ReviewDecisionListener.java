package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.APPROVE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.APPROVED;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.DECISION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REASON;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REVIEWER;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completing a review task: records who decided (the logged-in user, else the assignee) and whether they approved.
 * {@link ReviewDecisionValidation} refuses an incomplete decision right after, on the way out of the task.
 */
@Component
class ReviewDecisionListener implements TaskListener {

    static final String APPROVAL_NOTE = "approvalNote";

    private final IdentityService identity;

    ReviewDecisionListener(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication user = identity.getCurrentAuthentication();
        REVIEWER.set(task, user != null ? user.getUserId() : task.getAssignee());
        boolean approved = APPROVE.equals(task.getVariable(DECISION.name()));
        APPROVED.set(task, approved);
        // Tasklist's form asks for a reason only to reject; an approval's optional note is its reason.
        if (approved
                && task.getVariable(REASON.name()) == null
                && task.getVariable(APPROVAL_NOTE) instanceof String note
                && !note.isBlank()) {
            REASON.set(task, note);
        }
    }
}
