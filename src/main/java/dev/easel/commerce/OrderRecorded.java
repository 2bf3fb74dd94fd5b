package dev.easel.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order entered the ledger, or an amendment changed its figures (then the numbers are the amended ones).
 * Pseudonymous key and numbers only: no personal data.
 */
public record OrderRecorded(
        String customerKey,
        String orderId,
        String channel,
        Instant placedAt,
        String currency,
        BigDecimal total,
        int lineCount) {}
