package dev.easel.clv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only views of the current CLVs for the console: totals, distributions, segments and cohorts, value history.
 * Pseudonymous keys and numbers only. Each view is a handful of set-based queries, so that it stays quick on a large
 * ledger.
 */
public interface ClvInsights {

    /** The most recent batch run, finished or not. */
    Optional<BatchRun> latestRun();

    /** The most recent batch runs, newest first. */
    List<BatchRun> recentRuns(int limit);

    /** Historic, predicted and total CLV of the customers whose value is published, per currency. */
    List<CurrencyTotal> totalsByCurrency();

    /** Customers by current status (PUBLISHED, PENDING_REVIEW, SUPPRESSED). */
    Map<String, Long> customersByStatus();

    /** Suppressed customers by the consent gate's reason codes (a customer may count under several). */
    Map<String, Long> suppressedByReason();

    /**
     * Published customers by churn band (LOW, MEDIUM, HIGH); customers with one order, whom the model gives no
     * P(alive) yet, under ONE_ORDER; customers valued without a model (historic only) under NO_MODEL.
     */
    Map<String, Long> churnBands();

    /** Published total CLV in ranges of 1-2.5-5 steps (0-10, 10-25, ..., 100,000+), with their counts. */
    List<Bucket> totalDistribution();

    /** Published predicted CLV in the same ranges. */
    List<Bucket> predictedDistribution();

    /** The largest changes of published total CLV between the latest finished run and the one before it. */
    List<Mover> topMovers(int limit);

    /** A customer's computed values, oldest first. */
    List<HistoryPoint> history(String customerKey);

    /** Customers, their CLV and a share of the total per RFM segment. */
    List<SegmentRow> segments();

    /** Published CLV by a customer attribute: {@code country}, {@code type} or {@code channel}. */
    List<GroupRow> byAttribute(Attribute attribute);

    /** Customers by first-purchase month, and how many of them ordered again in each month after it. */
    List<CohortRow> cohorts(int months);

    enum Attribute {
        COUNTRY,
        TYPE,
        CHANNEL
    }

    record CurrencyTotal(
            String currency, long customers, BigDecimal historic, BigDecimal predicted, BigDecimal total) {}

    /** @param from inclusive lower bound; {@code to} exclusive, null for the open last range */
    record Bucket(BigDecimal from, BigDecimal to, long customers) {}

    record Mover(String customerKey, String currency, BigDecimal before, BigDecimal after) {

        public BigDecimal change() {
            return after.subtract(before);
        }
    }

    record HistoryPoint(
            Instant computedAt,
            LocalDate scoredOn,
            String status,
            String currency,
            BigDecimal historic,
            BigDecimal predicted,
            BigDecimal total,
            String runId) {}

    record SegmentRow(RfmSegment segment, long customers, String currency, BigDecimal total, BigDecimal averageTotal) {}

    record GroupRow(
            String group,
            String currency,
            long customers,
            BigDecimal total,
            BigDecimal averageTotal,
            BigDecimal predicted) {}

    /** @param active customers of the cohort who ordered in month 0, 1, 2, ... after their first purchase */
    record CohortRow(YearMonth cohort, long customers, List<Long> active) {}
}
