package dev.easel.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/** A new refund, return, exchange or cancellation entered the ledger. No personal data. */
public record RefundRecorded(
        String customerKey,
        String orderId,
        String refundId,
        String type,
        Instant occurredAt,
        String currency,
        BigDecimal amount) {}
