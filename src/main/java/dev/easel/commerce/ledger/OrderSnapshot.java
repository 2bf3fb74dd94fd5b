package dev.easel.commerce.ledger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/** What a refund is checked against: the order as recorded, and what of it was refunded so far. */
record OrderSnapshot(
        long id,
        String orderId,
        String customerKey,
        String currency,
        OffsetDateTime placedAt,
        BigDecimal total,
        BigDecimal refundedTotal,
        Map<Integer, Line> lines) {

    BigDecimal refundable() {
        return total.subtract(refundedTotal);
    }

    OrderSnapshot withRefunded(BigDecimal amount) {
        return new OrderSnapshot(id, orderId, customerKey, currency, placedAt, total, refundedTotal.add(amount), lines);
    }

    record Line(int quantity, BigDecimal lineTotal) {}
}
