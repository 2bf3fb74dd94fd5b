package dev.easel.clv;

import java.math.BigDecimal;
import java.time.Instant;

/** A CLV made current for its customer. */
public record PublishedClv(
        long candidateId, String customerKey, String currency, BigDecimal total, Instant publishedAt) {}
