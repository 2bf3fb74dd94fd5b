package dev.easel.clv;

import dev.easel.clv.model.ChurnBand;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's CLV as {@code GET /api/customers/{customerKey}/clv} shows it.
 *
 * @param churnBand the band of {@code churnProbability}; null when no prediction is served
 */
public record CurrentClv(
        String customerKey,
        CurrentStatus status,
        String currency,
        BigDecimal historic,
        BigDecimal predicted,
        BigDecimal total,
        Double probabilityAlive,
        Double churnProbability,
        ChurnBand churnBand,
        Double expectedOrders,
        BigDecimal expectedSpendPerOrder,
        LocalDate expectedDateOfNextOrder,
        boolean historicOnly,
        String rulesetVersion,
        String modelVersion) {}
