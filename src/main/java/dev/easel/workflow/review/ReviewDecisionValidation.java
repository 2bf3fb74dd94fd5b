package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.APPROVE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.DECISION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REASON;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.REJECT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On leaving a review task: refuses a completion without a decision, or a rejection without a reason, whatever client
 * completes it; the transaction rolls back and the task stays open.
 * <p>
 * It listens on the flow out of the task, not on the task: Camunda wraps whatever a task listener throws in a plain
 * {@code ProcessEngineException}, which the engine REST API answers with 500. An execution listener's exception
 * reaches the caller as thrown, and {@link FormFieldValidationException} is what the REST API (complete and
 * submit-form) answers with 400. The engine would also log it at ERROR with its stack trace (ENGINE-16004), as if the
 * service had failed: {@link RefusedInputLogging} leaves that to the warning logged here.
 */
@Component
class ReviewDecisionValidation implements ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewDecisionValidation.class);

    @Override
    public void notify(DelegateExecution execution) {
        // Read untyped: a client may send any type, and a wrong one is the client's error too.
        Object decision = execution.getVariable(DECISION.name());
        if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
            throw refused(execution, DECISION.name(), "A review needs a decision: 'approve' or 'reject'.");
        }
        Object reason = execution.getVariable(REASON.name());
        if (REJECT.equals(decision) && !(reason instanceof String text && !text.isBlank())) {
            throw refused(execution, REASON.name(), "A rejection needs a reason.");
        }
    }

    /** Logged here once, as what it is (a decision refused), without a stack trace; see {@link RefusedInputLogging}. */
    private static FormFieldValidationException refused(DelegateExecution execution, String field, String message) {
        log.warn(
                "Refused decision on review {} (customer {}): {} [{}]",
                execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(),
                message,
                field);
        return new FormFieldValidationException(field, message);
    }
}
