package dev.easel.clv;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's CLV as {@code GET /api/customers/{customerKey}/clv} shows it.
 *
 * @param status PUBLISHED, PENDING_REVIEW or SUPPRESSED
 */
public record CurrentClv(
        String customerKey,
        String status,
        String currency,
        BigDecimal historic,
        BigDecimal predicted,
        BigDecimal total,
        Double probabilityAlive,
        Double churnProbability,
        String churnBand,
        Double expectedOrders,
        BigDecimal expectedSpendPerOrder,
        LocalDate expectedDateOfNextOrder,
        boolean historicOnly,
        String rulesetVersion,
        String modelVersion) {}
