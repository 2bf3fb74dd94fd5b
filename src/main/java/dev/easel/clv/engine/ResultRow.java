package dev.easel.clv.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.easel.rules.facts.EligibilityStatus;

/** One row of clv_results: a computed (or suppressed) CLV with everything needed to show and explain it. */
record ResultRow(long id, String customerKey, String runId, ResultStatus status, EligibilityStatus eligibility,
        String currency,
        BigDecimal historic, BigDecimal predicted, BigDecimal total, Integer historicOrders, Double expectedOrders,
        Double probabilityAlive, BigDecimal expectedSpend, BigDecimal averageOrderValue, Double averageDaysBetween,
        LocalDate nextOrderOn, boolean historicOnly, Integer frequency, Double recency, Double age,
        Double meanRepeatSpend, Double largestOrderShare, boolean serialReturner, String rulesetVersion,
        String modelVersion, String inputsDigest, String explanation, String processInstance, LocalDate scoredOn,
        Instant computedAt, Instant decidedAt, String decidedBy, String decisionReason) {

    static ResultRow of(Evaluated customer, ResultStatus status, String runId, String processInstance, LocalDate scoredOn,
            Instant now, String explanation) {
        AdjustedSummary s = customer.summary();
        Prediction p = customer.prediction();
        if (s == null) {
            return new ResultRow(0, customer.customerKey(), runId, status, customer.gate().status(), null, null, null,
                    null, null, null, null, null, null, null, null, true, null, null, null, null, null, false,
                    customer.rulesetVersion(), null, customer.inputsDigest(), explanation, processInstance, scoredOn,
                    now, null, null, null);
        }
        if (s.historic() == null) {
            // Several currencies that cannot be converted: no sum, no prediction, only the counts.
            return new ResultRow(0, customer.customerKey(), runId, status, customer.gate().status(), null, null, null,
                    null, s.historicOrders(), null, null, null, null, s.averageDaysBetween(), null, true, s.x(),
                    s.recency(), s.age(), null, null, s.serialReturner(), customer.rulesetVersion(),
                    p.modelVersion(), customer.inputsDigest(), explanation, processInstance, scoredOn, now, null,
                    null, null);
        }
        BigDecimal historic = s.historic().setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal predicted = p.predicted() == null ? BigDecimal.ZERO.setScale(2) : p.predicted();
        boolean historicOnly = p.historicOnly() || p.predicted() == null;
        return new ResultRow(0, customer.customerKey(), runId, status, customer.gate().status(), s.currency(),
                historic, historicOnly ? BigDecimal.ZERO.setScale(2) : predicted,
                historic.add(historicOnly ? BigDecimal.ZERO : predicted), s.historicOrders(), p.expectedOrders(),
                p.probabilityAlive(), p.expectedSpend(), s.averageOrderValue(), s.averageDaysBetween(),
                p.nextOrderOn(), historicOnly, s.x(), s.recency(), s.age(), s.meanRepeatSpend(),
                s.largestOrderShare(), s.serialReturner(), customer.rulesetVersion(), p.modelVersion(),
                customer.inputsDigest(), explanation, processInstance, scoredOn, now, null, null, null);
    }

    ResultRow withId(long value) {
        return new ResultRow(value, customerKey, runId, status, eligibility, currency, historic, predicted, total,
                historicOrders, expectedOrders, probabilityAlive, expectedSpend, averageOrderValue,
                averageDaysBetween, nextOrderOn, historicOnly, frequency, recency, age, meanRepeatSpend,
                largestOrderShare, serialReturner, rulesetVersion, modelVersion, inputsDigest, explanation,
                processInstance, scoredOn, computedAt, decidedAt, decidedBy, decisionReason);
    }

    ResultRow decided(ResultStatus newStatus, Instant at, String by, String reason) {
        return new ResultRow(id, customerKey, runId, newStatus, eligibility, currency, historic, predicted, total,
                historicOrders, expectedOrders, probabilityAlive, expectedSpend, averageOrderValue,
                averageDaysBetween, nextOrderOn, historicOnly, frequency, recency, age, meanRepeatSpend,
                largestOrderShare, serialReturner, rulesetVersion, modelVersion, inputsDigest, explanation,
                processInstance, scoredOn, computedAt, at, by, reason);
    }
}
