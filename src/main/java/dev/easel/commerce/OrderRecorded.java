package dev.easel.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/** A new order entered the ledger. Pseudonymous key and numbers only: no personal data. */
public record OrderRecorded(String customerKey, String orderId, String channel, Instant placedAt, String currency,
        BigDecimal total, int lineCount) {
}
