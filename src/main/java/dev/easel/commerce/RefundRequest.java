package dev.easel.commerce;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A refund, return, exchange or cancellation ({@code type}) of an order, identified by {@code refundId};
 * optionally naming the order lines it concerns.
 */
public record RefundRequest(
        String refundId,
        String type,
        BigDecimal amount,
        String currency,
        String reason,
        OffsetDateTime occurredAt,
        List<Line> lines) {

    public record Line(Integer lineNo, Integer quantity, BigDecimal amount) {}
}
