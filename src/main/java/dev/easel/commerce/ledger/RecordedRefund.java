package dev.easel.commerce.ledger;

import java.math.BigDecimal;

/** A refund already in the ledger, as much as an idempotent repeat needs. */
record RecordedRefund(
        String refundId, String orderId, String payloadHash, String type, BigDecimal amount, String currency) {}
