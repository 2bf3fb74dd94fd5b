package dev.easel.commerce;

import java.math.BigDecimal;

/** A recorded refund and what of its order remains refundable; {@code created} is false on a repeat. */
public record RefundResult(
        String refundId,
        String orderId,
        String type,
        BigDecimal amount,
        String currency,
        BigDecimal refundableRemaining,
        boolean created) {}
