package dev.easel.commerce.ledger;

import java.math.BigDecimal;

/** An order already in the ledger, as much as an idempotent repeat needs. */
record RecordedOrder(
        long id, String orderId, String payloadHash, String customerKey, String currency, BigDecimal total) {}
