package dev.easel.commerce;

import java.math.BigDecimal;

/** A recorded order; {@code created} is false when the request repeated one already recorded. */
public record OrderResult(String orderId, String customerKey, String currency, BigDecimal total, boolean created) {}
