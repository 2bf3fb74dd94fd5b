package dev.easel.clv.engine;

import dev.easel.clv.ConsentGate;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.PurposeEligibility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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

    /**
     * What a fit keeps of this evaluation for the batch run: no order facts, and of the adjustment rules' decision
     * only what the run reads from it (the orders the explanation lists with their lines left out, the orders carrying
     * the value, the flags); the other orders' adjustments and every included line are dropped. A batch run gives the
     * same result and explanation from it; nothing may add the kept adjustments up again.
     */
    Evaluated kept() {
        return new Evaluated(
                customerKey,
                List.of(),
                gate,
                eligibility,
                lean(adjustments),
                summary,
                prediction,
                rulesFired,
                rulesetVersion,
                inputsDigest);
    }

    private static AdjustmentDecision lean(AdjustmentDecision decision) {
        if (decision == null) {
            return null;
        }
        Set<OrderAdjustment> carrying = Collections.newSetFromMap(new IdentityHashMap<>());
        carrying.addAll(Explanations.carrying(decision.orders()));
        List<OrderAdjustment> kept = new ArrayList<>();
        for (OrderAdjustment order : decision.orders()) {
            if (Explanations.explained(order)) {
                kept.add(new OrderAdjustment(
                        order.orderId(),
                        order.countsInHistoric(),
                        order.countsAsPurchase(),
                        order.predictionWeight(),
                        order.historicAmount(),
                        order.modelAmount(),
                        order.lines().stream().filter(line -> !line.included()).toList(),
                        order.reasons()));
            } else if (carrying.contains(order)) {
                // Listed only by its id: no reasons and every line included, so its lines say nothing more.
                kept.add(new OrderAdjustment(
                        order.orderId(),
                        order.countsInHistoric(),
                        order.countsAsPurchase(),
                        order.predictionWeight(),
                        order.historicAmount(),
                        order.modelAmount(),
                        List.of(),
                        List.of()));
            }
        }
        return new AdjustmentDecision(decision.customerKey(), kept, decision.flags());
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
