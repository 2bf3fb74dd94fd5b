package dev.easel.commerce.ledger;

import java.math.BigDecimal;

/** Money as answered to callers: 12.5 rather than the stored 12.5000, and never 1E+2. */
final class Money {

    /** The largest amount NUMERIC(14, 4) holds: a line total or an order total above it would overflow the column. */
    static final BigDecimal MAX = new BigDecimal("9999999999.9999");

    private Money() {}

    static BigDecimal normal(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
