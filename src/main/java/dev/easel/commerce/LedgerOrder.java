package dev.easel.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order with its lines, the money given back on it by refund type, and its deepest promotion.
 *
 * @param cancelled            true when any cancellation was recorded (a cancellation cancels the whole order)
 * @param promotionDepthPercent the deepest discount among the order's promotions; zero without one
 * @param promotionStartsAt    start of that promotion's window; null without one
 */
public record LedgerOrder(
        String orderId,
        String customerKey,
        Instant placedAt,
        String currency,
        BigDecimal total,
        List<LedgerLine> lines,
        BigDecimal refunded,
        BigDecimal returned,
        BigDecimal exchanged,
        BigDecimal cancelledAmount,
        boolean cancelled,
        BigDecimal promotionDepthPercent,
        Instant promotionStartsAt,
        Instant promotionEndsAt) {

    public LedgerOrder {
        lines = List.copyOf(lines);
    }
}
