package dev.easel.clv.engine;

import dev.easel.clv.ConsentGate;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.PurposeEligibility;
import java.util.List;

/**
 * One customer through the consent gate, the adjustment rules and the model. {@code adjustments}, {@code summary}
 * and {@code prediction} are null when the gate suppressed profiling.
 */
record Evaluated(
        String customerKey,
        List<Order> orders,
        ConsentGate gate,
        PurposeEligibility eligibility,
        AdjustmentDecision adjustments,
        AdjustedSummary summary,
        Prediction prediction,
        List<String> rulesFired,
        String rulesetVersion,
        String inputsDigest) {

    boolean suppressed() {
        return !gate.allowsProfiling();
    }

    /** The same evaluation without the order facts, which only the rules and the digest needed: for keeping. */
    Evaluated withoutOrders() {
        return new Evaluated(
                customerKey,
                List.of(),
                gate,
                eligibility,
                adjustments,
                summary,
                prediction,
                rulesFired,
                rulesetVersion,
                inputsDigest);
    }

    Evaluated withPrediction(Prediction value) {
        return new Evaluated(
                customerKey,
                orders,
                gate,
                eligibility,
                adjustments,
                summary,
                value,
                rulesFired,
                rulesetVersion,
                inputsDigest);
    }
}
