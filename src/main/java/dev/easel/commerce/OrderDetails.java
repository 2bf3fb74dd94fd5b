package dev.easel.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the ledger holds it, with its lines and refunds. Pseudonymous: the customer is named by key only. */
public record OrderDetails(
        String orderId,
        String customerKey,
        String channel,
        Instant placedAt,
        String currency,
        String sellerId,
        BigDecimal total,
        BigDecimal refundedTotal,
        List<Line> lines,
        List<Refund> refunds) {

    public OrderDetails {
        lines = List.copyOf(lines);
        refunds = List.copyOf(refunds);
    }

    /** What of the order may still be refunded or cancelled. */
    public BigDecimal refundable() {
        return total.subtract(refundedTotal);
    }

    public record Line(
            int lineNo,
            String sku,
            String category,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount,
            BigDecimal lineTotal,
            String sellerId) {}

    public record Refund(
            String refundId, String type, BigDecimal amount, String currency, String reason, Instant occurredAt) {}
}
