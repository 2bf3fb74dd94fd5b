package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.CANDIDATE_ID;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.CHANGE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.CURRENCY;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.CUSTOMER_KEY;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.FLAG_REASONS;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.MODEL_VERSION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.NEW_TOTAL;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.ORDER_IDS;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.PREVIOUS_TOTAL;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.RULESET_VERSION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.RULES_FIRED;

import java.math.BigDecimal;

import dev.easel.clv.ClvRecalculation;
import dev.easel.clv.ReviewEvidence;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@value ClvSpikeReviewProcess#TASK_COLLECT_EVIDENCE}: what the reviewer's form shows. */
@Component
class CollectEvidenceAdapter implements JavaDelegate {

    private final ClvRecalculation clv;

    CollectEvidenceAdapter(ClvRecalculation clv) {
        this.clv = clv;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewEvidence evidence = clv.evidence(CANDIDATE_ID.get(execution));
        execution.setProcessBusinessKey(evidence.customerKey());
        CUSTOMER_KEY.set(execution, evidence.customerKey());
        CURRENCY.set(execution, evidence.currency());
        PREVIOUS_TOTAL.set(execution, plain(evidence.previousTotal()));
        NEW_TOTAL.set(execution, plain(evidence.newTotal()));
        CHANGE.set(execution, plain(evidence.change()));
        FLAG_REASONS.set(execution, evidence.flagReasons());
        ORDER_IDS.set(execution, evidence.orderIds());
        RULES_FIRED.set(execution, evidence.rulesFired());
        RULESET_VERSION.set(execution, evidence.rulesetVersion());
        MODEL_VERSION.set(execution, evidence.modelVersion());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
