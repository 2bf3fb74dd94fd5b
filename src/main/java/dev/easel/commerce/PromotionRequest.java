package dev.easel.commerce;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A promotion by its code: its window, discount depth and (optionally) the one channel it runs on. */
public record PromotionRequest(
        String code,
        String name,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        BigDecimal discountPercent,
        String channel) {}
