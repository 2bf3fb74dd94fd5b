package dev.easel.commerce.ledger;

import dev.easel.commerce.RefundRequest;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a refund, return, exchange or cancellation must satisfy against the order it belongs to. */
final class RefundRules {

    private RefundRules() {}

    static List<FieldProblem> validate(RefundRequest refund, OrderSnapshot order, References references) {
        FieldProblems violations = new FieldProblems();
        violations.requiredText(refund.refundId(), "refundId", 100);
        if (violations.required(refund.type(), "type")) {
            violations.oneOf(refund.type(), Codes.REFUND_TYPES, "type");
        }
        if (violations.required(refund.amount(), "amount")
                && violations.money(refund.amount(), "amount")
                && refund.amount().compareTo(order.refundable()) > 0) {
            violations.add(
                    "amount",
                    "must not exceed what remains refundable of the order ("
                            + order.refundable().stripTrailingZeros().toPlainString() + " " + order.currency() + ")");
        }
        OrderRules.currency(refund.currency(), "currency", references, violations);
        if (refund.currency() != null
                && references.currencyKnown(refund.currency())
                && !refund.currency().equals(order.currency())) {
            violations.add("currency", "must be the order's currency (" + order.currency() + ")");
        }
        violations.text(refund.reason(), "reason", 200);
        if (violations.required(refund.occurredAt(), "occurredAt")) {
            if (order.placedAt() != null && refund.occurredAt().isBefore(order.placedAt())) {
                violations.add("occurredAt", "must not be before the order was placed");
            } else {
                references.dates().check(refund.occurredAt(), "occurredAt", violations);
            }
        }
        lines(refund.lines(), order, violations);
        linesWithinTotal(refund, violations);
        return violations.list();
    }

    /**
     * The lines say which goods came back and for how much; the total may be more (shipping, a goodwill amount on the
     * whole order) but never less, or the lines would claim money that was not refunded.
     */
    private static void linesWithinTotal(RefundRequest refund, FieldProblems violations) {
        if (!violations.isEmpty() || refund.lines() == null || refund.lines().isEmpty()) {
            return;
        }
        BigDecimal lineSum =
                refund.lines().stream().map(RefundRequest.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (lineSum.compareTo(refund.amount()) > 0) {
            violations.add(
                    "amount",
                    "must be at least the sum of the lines' amounts ("
                            + lineSum.stripTrailingZeros().toPlainString() + ")");
        }
    }

    private static void lines(List<RefundRequest.Line> lines, OrderSnapshot order, FieldProblems violations) {
        if (lines == null) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            RefundRequest.Line line = lines.get(i);
            String prefix = "lines[" + i + "].";
            if (line == null) {
                violations.add("lines[" + i + "]", "is required");
                continue;
            }
            OrderSnapshot.Line ordered = null;
            if (violations.required(line.lineNo(), prefix + "lineNo")) {
                ordered = order.lines().get(line.lineNo());
                if (ordered == null) {
                    violations.add(prefix + "lineNo", "is not a line of order " + order.orderId());
                } else if (!seen.add(line.lineNo())) {
                    violations.add(prefix + "lineNo", "repeats line " + line.lineNo());
                }
            }
            if (violations.required(line.quantity(), prefix + "quantity")) {
                if (line.quantity() < 1) {
                    violations.add(prefix + "quantity", "must be at least 1");
                } else if (ordered != null && line.quantity() > ordered.quantity()) {
                    violations.add(
                            prefix + "quantity", "must not exceed the quantity ordered (" + ordered.quantity() + ")");
                }
            }
            if (violations.required(line.amount(), prefix + "amount")
                    && violations.money(line.amount(), prefix + "amount")
                    && ordered != null
                    && line.amount().compareTo(ordered.lineTotal()) > 0) {
                violations.add(
                        prefix + "amount",
                        "must not exceed what the line cost ("
                                + ordered.lineTotal().stripTrailingZeros().toPlainString() + ")");
            }
        }
    }
}
