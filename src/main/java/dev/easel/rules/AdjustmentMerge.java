package dev.easel.rules;

import dev.easel.rules.engine.SessionRunner;
import dev.easel.rules.facts.Adjustment;
import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.Flag;
import dev.easel.rules.facts.LineAdjustment;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.OrderLine;
import dev.easel.rules.facts.RaisedFlag;
import dev.easel.rules.facts.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the adjustments rules inserted into one {@link OrderAdjustment} per order. An order counts in full unless a
 * rule says otherwise; the lowest prediction weight wins; excluded lines leave the order's value; an order whose every
 * line is excluded counts for nothing.
 */
final class AdjustmentMerge {

    private AdjustmentMerge() {}

    static AdjustmentDecision merge(String customerKey, List<Order> orders, SessionRunner.Run run) {
        Map<String, List<SessionRunner.Output>> byOrder = new HashMap<>();
        List<RaisedFlag> flags = new ArrayList<>();
        for (SessionRunner.Output output : run.outputs()) {
            if (output.fact() instanceof Adjustment adjustment) {
                byOrder.computeIfAbsent(adjustment.orderId(), id -> new ArrayList<>())
                        .add(output);
            } else if (output.fact() instanceof Flag flag) {
                RaisedFlag raised = new RaisedFlag(flag.code(), flag.subject(), output.rule());
                if (!flags.contains(raised)) {
                    flags.add(raised);
                }
            }
        }
        List<OrderAdjustment> adjusted = new ArrayList<>(orders.size());
        for (Order order : orders) {
            adjusted.add(mergeOrder(order, byOrder.getOrDefault(order.orderId(), List.of())));
        }
        return new AdjustmentDecision(customerKey, adjusted, flags);
    }

    private static OrderAdjustment mergeOrder(Order order, List<SessionRunner.Output> outputs) {
        boolean inHistoric = true;
        boolean purchase = true;
        double weight = 1.0;
        BigDecimal subtracted = BigDecimal.ZERO;
        List<Reason> reasons = new ArrayList<>();
        Map<Integer, List<Reason>> excludedLines = new HashMap<>();
        for (SessionRunner.Output output : outputs) {
            Adjustment adjustment = (Adjustment) output.fact();
            Reason reason = new Reason(adjustment.reason(), output.rule());
            switch (adjustment.kind()) {
                case NOT_IN_HISTORIC -> inHistoric = false;
                case NOT_A_PURCHASE -> purchase = false;
                case PREDICTION_WEIGHT -> weight = Math.min(weight, adjustment.weight());
                case SUBTRACT -> subtracted = subtracted.add(adjustment.amount());
                case EXCLUDE_LINE -> {
                    excludedLines
                            .computeIfAbsent(adjustment.lineNo(), line -> new ArrayList<>())
                            .add(reason);
                    continue;
                }
                case UNCHANGED -> {
                    // recorded as a reason only
                }
            }
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
        }

        List<LineAdjustment> lines = new ArrayList<>(order.lines().size());
        BigDecimal value = order.total();
        for (OrderLine line : order.lines()) {
            List<Reason> lineReasons = excludedLines.getOrDefault(line.lineNo(), List.of());
            lines.add(new LineAdjustment(
                    order.orderId(), line.lineNo(), lineReasons.isEmpty(), line.amount(), lineReasons));
            if (!lineReasons.isEmpty()) {
                value = value.subtract(line.amount());
            }
        }
        if (!order.lines().isEmpty() && lines.stream().noneMatch(LineAdjustment::included)) {
            inHistoric = false;
            purchase = false;
            lines.forEach(line ->
                    line.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add));
        }

        BigDecimal net = value.subtract(subtracted).max(BigDecimal.ZERO);
        return new OrderAdjustment(
                order.orderId(),
                inHistoric,
                purchase,
                purchase ? weight : 0.0,
                inHistoric ? net : BigDecimal.ZERO,
                purchase ? net : BigDecimal.ZERO,
                lines,
                reasons);
    }
}
