package dev.easel.demo;

import java.util.List;

/**
 * A refund, return, exchange or cancellation of one order; money in cents of the order's currency.
 *
 * @param lines empty for money given back without goods (a goodwill refund)
 */
record DemoRefund(
        String refundId,
        DemoOrder order,
        RefundType type,
        long amountCents,
        String reason,
        long occurredAt,
        List<Line> lines) {

    record Line(int lineNo, int quantity, long amountCents) {}
}
