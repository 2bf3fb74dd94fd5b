package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.CANDIDATE_ID;

import dev.easel.clv.ClvRecalculation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvSpikeReviewProcess#TASK_RECORD_ESCALATION}: the review was overdue and went to the compliance lead. */
@Component
class RecordEscalationAdapter implements JavaDelegate {

    private final ClvRecalculation clv;

    RecordEscalationAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clv.recordEscalation(CANDIDATE_ID.get(execution), execution.getProcessInstanceId());
    }
}
