package dev.easel.workflow.review;

import static dev.easel.workflow.review.ClvSpikeReviewProcess.CHANGE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.CHANGE_AMOUNT;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.CURRENCY;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.CUSTOMER_KEY;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.EXPLANATION_LINK;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.FLAG_REASONS;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.MODEL_VERSION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.NEW_TOTAL;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.NEW_VALUE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.ORDERS;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.ORDER_IDS;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.PREVIOUS_TOTAL;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.PREVIOUS_VALUE;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.RULESET_VERSION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.RULES_FIRED;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.TASK_DESCRIPTION;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.TASK_NAME;
import static dev.easel.workflow.review.ClvSpikeReviewProcess.TASK_PRIORITY;

import dev.easel.clv.ClvRecalculation;
import dev.easel.clv.ReviewEvidence;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The evidence of a review as process variables: the numbers as exact decimal strings, the same as the reviewer reads
 * them (money with two decimals and the currency), and the task's name, description and priority for Tasklist's list.
 */
@Component
class EvidenceVariables {

    private final ClvRecalculation clv;

    EvidenceVariables(ClvRecalculation clv) {
        this.clv = clv;
    }

    ReviewEvidence write(VariableScope scope, long candidateId) {
        ReviewEvidence evidence = clv.evidence(candidateId);
        of(evidence).forEach(scope::setVariable);
        return evidence;
    }

    static Map<String, Object> of(ReviewEvidence evidence) {
        Map<String, Object> variables = new HashMap<>();
        String currency = evidence.currency();
        String before = evidence.previousTotal() == null ? "none published" : money(evidence.previousTotal(), currency);
        String after = money(evidence.newTotal(), currency);
        String change = signed(evidence.change(), currency);
        String reasons = evidence.flagReasons().isEmpty() ? "FLAGGED" : String.join(", ", evidence.flagReasons());
        put(variables, CUSTOMER_KEY.name(), CUSTOMER_KEY.toStored(evidence.customerKey()));
        put(variables, CURRENCY.name(), currency);
        put(variables, PREVIOUS_TOTAL.name(), plain(evidence.previousTotal()));
        put(variables, NEW_TOTAL.name(), plain(evidence.newTotal()));
        put(variables, CHANGE.name(), plain(evidence.change()));
        put(variables, PREVIOUS_VALUE.name(), before);
        put(variables, NEW_VALUE.name(), after);
        put(variables, CHANGE_AMOUNT.name(), change);
        put(variables, FLAG_REASONS.name(), FLAG_REASONS.toStored(evidence.flagReasons()));
        put(variables, ORDER_IDS.name(), ORDER_IDS.toStored(evidence.orderIds()));
        put(variables, ORDERS.name(), ORDERS.toStored(orders(evidence, currency)));
        put(variables, RULES_FIRED.name(), RULES_FIRED.toStored(evidence.rulesFired()));
        put(variables, RULESET_VERSION.name(), evidence.rulesetVersion());
        put(variables, MODEL_VERSION.name(), evidence.modelVersion());
        put(variables, EXPLANATION_LINK.name(), evidence.explanation());
        put(
                variables,
                TASK_NAME.name(),
                "CLV review " + reasons + " · " + evidence.customerKey() + " · " + before + " → " + after + " ("
                        + change + ")");
        put(
                variables,
                TASK_DESCRIPTION.name(),
                "Customer " + evidence.customerKey() + ": CLV " + before + " → "
                        + after + ", change " + change + ". Flagged for " + reasons + ". Explanation: "
                        + evidence.explanation());
        put(variables, TASK_PRIORITY.name(), priority(evidence.change()));
        return variables;
    }

    /** 0 to 100 by the size of the change, so that sorting by priority puts the largest changes first. */
    static int priority(BigDecimal change) {
        double size = change == null ? 0 : Math.abs(change.doubleValue());
        return (int) Math.max(0, Math.min(100, Math.round(20 * Math.log10(size + 1))));
    }

    static String money(BigDecimal amount, String currency) {
        return String.format(Locale.ROOT, "%,.2f", amount) + (currency == null ? "" : " " + currency);
    }

    private static String signed(BigDecimal amount, String currency) {
        return (amount.signum() >= 0 ? "+" : "") + money(amount, currency);
    }

    private static List<String> orders(ReviewEvidence evidence, String currency) {
        return evidence.orders().stream()
                .map(order -> order.orderId() + " · " + order.placedOn() + " · " + money(order.counted(), currency)
                        + (order.sinceLastValue() ? " · new since the last value" : ""))
                .toList();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        variables.put(name, value);
    }
}
