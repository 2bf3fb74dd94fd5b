package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.CANDIDATE_ID;

import dev.easel.clv.ReviewEvidence;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvSpikeReviewProcess#TASK_COLLECT_EVIDENCE}: what the reviewer's form and Tasklist's list show. */
@Component
class CollectEvidenceAdapter implements JavaDelegate {

    private final EvidenceVariables evidence;

    CollectEvidenceAdapter(EvidenceVariables evidence) {
        this.evidence = evidence;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewEvidence collected = evidence.write(execution, CANDIDATE_ID.get(execution));
        execution.setProcessBusinessKey(collected.customerKey());
    }
}
