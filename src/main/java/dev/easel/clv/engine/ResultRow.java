package dev.easel.clv.engine;

import dev.easel.rules.facts.EligibilityStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of clv_results: a computed (or suppressed) CLV with everything needed to show and explain it, in the groups
 * the columns fall into. The accessors below the groups are the parts most steps read.
 */
record ResultRow(
        long id,
        String customerKey,
        String runId,
        ResultStatus status,
        EligibilityStatus eligibility,
        Value value,
        Forecast forecast,
        History history,
        Provenance provenance,
        Decision decision) {

    /** The value in the customer's currency: all null when suppressed, or when currencies could not be summed. */
    record Value(String currency, BigDecimal historic, BigDecimal predicted, BigDecimal total, boolean historicOnly) {

        static Value historicOnlyWithout() {
            return new Value(null, null, null, null, true);
        }
    }

    /** What the model expects of the customer; null without a model, P(alive) and next order null after one order. */
    record Forecast(Double expectedOrders, Double probabilityAlive, BigDecimal expectedSpend, LocalDate nextOrderOn) {

        static final Forecast NONE = new Forecast(null, null, null, null);
    }

    /** The adjusted history the value stands on: counts, averages, the model's inputs, what the review rules read. */
    record History(
            Integer historicOrders,
            BigDecimal averageOrderValue,
            Double averageDaysBetween,
            Integer frequency,
            Double recency,
            Double age,
            Double meanRepeatSpend,
            Double largestOrderShare,
            boolean serialReturner) {

        static final History NONE = new History(null, null, null, null, null, null, null, null, false);
    }

    /** What the value was computed from, by which process and when. */
    record Provenance(
            String rulesetVersion,
            String modelVersion,
            String inputsDigest,
            String explanation,
            String processInstance,
            LocalDate scoredOn,
            Instant computedAt) {}

    /** Who decided on the result, when and why: all null while it waits. */
    record Decision(Instant decidedAt, String decidedBy, String decisionReason) {

        static final Decision NONE = new Decision(null, null, null);
    }

    static ResultRow of(
            Evaluated customer,
            ResultStatus status,
            String runId,
            String processInstance,
            LocalDate scoredOn,
            Instant now,
            String explanation) {
        AdjustedSummary s = customer.summary();
        Prediction p = customer.prediction();
        EligibilityStatus gate = customer.gate().status();
        if (s == null) {
            return new ResultRow(
                    0,
                    customer.customerKey(),
                    runId,
                    status,
                    gate,
                    Value.historicOnlyWithout(),
                    Forecast.NONE,
                    History.NONE,
                    new Provenance(
                            customer.rulesetVersion(),
                            null,
                            customer.inputsDigest(),
                            explanation,
                            processInstance,
                            scoredOn,
                            now),
                    Decision.NONE);
        }
        Provenance provenance = new Provenance(
                customer.rulesetVersion(),
                p.modelVersion(),
                customer.inputsDigest(),
                explanation,
                processInstance,
                scoredOn,
                now);
        if (s.historic() == null) {
            // Several currencies that cannot be converted: no sum, no prediction, only the counts.
            return new ResultRow(
                    0,
                    customer.customerKey(),
                    runId,
                    status,
                    gate,
                    Value.historicOnlyWithout(),
                    Forecast.NONE,
                    new History(
                            s.historicOrders(),
                            null,
                            s.averageDaysBetween(),
                            s.x(),
                            s.recency(),
                            s.age(),
                            null,
                            null,
                            s.serialReturner()),
                    provenance,
                    Decision.NONE);
        }
        BigDecimal historic = s.historic().setScale(2, RoundingMode.HALF_UP);
        BigDecimal predicted = p.predicted() == null ? BigDecimal.ZERO.setScale(2) : p.predicted();
        boolean historicOnly = p.historicOnly() || p.predicted() == null;
        return new ResultRow(
                0,
                customer.customerKey(),
                runId,
                status,
                gate,
                new Value(
                        s.currency(),
                        historic,
                        historicOnly ? BigDecimal.ZERO.setScale(2) : predicted,
                        historic.add(historicOnly ? BigDecimal.ZERO : predicted),
                        historicOnly),
                new Forecast(p.expectedOrders(), p.probabilityAlive(), p.expectedSpend(), p.nextOrderOn()),
                new History(
                        s.historicOrders(),
                        s.averageOrderValue(),
                        s.averageDaysBetween(),
                        s.x(),
                        s.recency(),
                        s.age(),
                        s.meanRepeatSpend(),
                        s.largestOrderShare(),
                        s.serialReturner()),
                provenance,
                Decision.NONE);
    }

    ResultRow withId(long value) {
        return new ResultRow(
                value, customerKey, runId, status, eligibility, this.value, forecast, history, provenance, decision);
    }

    ResultRow decided(ResultStatus newStatus, Instant at, String by, String reason) {
        return new ResultRow(
                id,
                customerKey,
                runId,
                newStatus,
                eligibility,
                value,
                forecast,
                history,
                provenance,
                new Decision(at, by, reason));
    }

    String currency() {
        return value.currency();
    }

    BigDecimal historic() {
        return value.historic();
    }

    BigDecimal predicted() {
        return value.predicted();
    }

    BigDecimal total() {
        return value.total();
    }

    boolean historicOnly() {
        return value.historicOnly();
    }

    Double probabilityAlive() {
        return forecast.probabilityAlive();
    }

    String rulesetVersion() {
        return provenance.rulesetVersion();
    }

    String modelVersion() {
        return provenance.modelVersion();
    }

    String inputsDigest() {
        return provenance.inputsDigest();
    }

    String explanation() {
        return provenance.explanation();
    }

    String processInstance() {
        return provenance.processInstance();
    }

    LocalDate scoredOn() {
        return provenance.scoredOn();
    }

    Instant computedAt() {
        return provenance.computedAt();
    }

    Instant decidedAt() {
        return decision.decidedAt();
    }

    String decidedBy() {
        return decision.decidedBy();
    }

    String decisionReason() {
        return decision.decisionReason();
    }
}
