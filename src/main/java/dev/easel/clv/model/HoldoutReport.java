package dev.easel.clv.model;

import java.util.List;

/**
 * How well a fit predicted the holdout period, per customer and for the cohort.
 *
 * @param holdoutLength       length of the holdout period in model time units
 * @param byFrequency         mean holdout purchases, actual and expected, by calibration repeat purchases 0..6 and 7+
 * @param meanAbsoluteError   mean over customers of |actual - expected| holdout purchases
 * @param correlation         Pearson correlation of actual and expected holdout purchases over customers
 * @param weeklyCumulative    cumulative repeat purchases of the cohort at the end of each week from its start
 */
public record HoldoutReport(
        double holdoutLength,
        int customers,
        long actualTotal,
        double expectedTotal,
        List<FrequencyBucket> byFrequency,
        double meanAbsoluteError,
        double correlation,
        List<TrackingPoint> weeklyCumulative) {

    public HoldoutReport {
        byFrequency = List.copyOf(byFrequency);
        weeklyCumulative = List.copyOf(weeklyCumulative);
    }

    /** Customers with {@code label} calibration repeat purchases ("7+" for seven or more). */
    public record FrequencyBucket(String label, int customers, double actualMean, double expectedMean) {}

    public record TrackingPoint(int week, long actual, double expected) {}
}
