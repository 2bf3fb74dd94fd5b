package dev.easel.clv.model;

import java.util.ArrayList;
import java.util.List;

/** Compares a fit's predictions for the holdout period with what the customers did in it. */
public final class HoldoutEvaluation {

    /** Buckets 0..6 and 7+, as in FHL 2005 figure 4 and the BTYD walkthrough. */
    static final int LAST_BUCKET = 7;

    private HoldoutEvaluation() {}

    public static HoldoutReport evaluate(PurchaseModel model, CustomerSummaries summaries) {
        return evaluate(model, SummaryColumns.of(summaries));
    }

    /** The same report from summaries in columns (the command line's million customers make no object each). */
    public static HoldoutReport evaluate(PurchaseModel model, SummaryColumns summaries) {
        SummaryWindow window = summaries.window();
        if (!window.hasHoldout()) {
            throw new IllegalArgumentException("the summaries have no holdout period");
        }
        double length = window.holdoutLength();
        int n = summaries.size();
        int[] x = summaries.x();
        double[] recency = summaries.recency();
        double[] age = summaries.age();
        int[] holdout = summaries.holdoutTransactions();
        double[] actual = new double[n];
        double[] expected = new double[n];
        double[] bucketActual = new double[LAST_BUCKET + 1];
        double[] bucketExpected = new double[LAST_BUCKET + 1];
        int[] bucketCount = new int[LAST_BUCKET + 1];
        long actualTotal = 0;
        double expectedTotal = 0;
        double absoluteError = 0;
        // E[Y(t) | x, t_x, T] is P(alive | x, t_x, T) times a factor of (x, T) alone: one hypergeometric series per
        // distinct (x, T) pair instead of one per customer.
        FrequencyAgeGroups groups = FrequencyAgeGroups.of(summaries.table());
        double[] factor = new double[groups.size()];
        for (int g = 0; g < factor.length; g++) {
            factor[g] = model.expectedIfAlive(length, groups.x(g), groups.age(g));
        }
        for (int i = 0; i < n; i++) {
            actual[i] = holdout[i];
            expected[i] = factor[groups.groupOf(i)] * model.probabilityAlive(x[i], recency[i], age[i]);
            actualTotal += holdout[i];
            expectedTotal += expected[i];
            absoluteError += Math.abs(actual[i] - expected[i]);
            int bucket = Math.min(x[i], LAST_BUCKET);
            bucketCount[bucket]++;
            bucketActual[bucket] += actual[i];
            bucketExpected[bucket] += expected[i];
        }
        List<HoldoutReport.FrequencyBucket> buckets = new ArrayList<>();
        for (int k = 0; k <= LAST_BUCKET; k++) {
            if (bucketCount[k] > 0) {
                buckets.add(new HoldoutReport.FrequencyBucket(
                        k == LAST_BUCKET ? LAST_BUCKET + "+" : String.valueOf(k),
                        bucketCount[k],
                        bucketActual[k] / bucketCount[k],
                        bucketExpected[k] / bucketCount[k]));
            }
        }
        return new HoldoutReport(
                length,
                n,
                actualTotal,
                expectedTotal,
                buckets,
                n == 0 ? Double.NaN : absoluteError / n,
                Statistics.pearson(actual, expected),
                tracking(model, summaries));
    }

    private static List<HoldoutReport.TrackingPoint> tracking(PurchaseModel model, SummaryColumns summaries) {
        long[] actual = summaries.cumulativeRepeatPurchasesByWeek();
        double week = 7.0 / summaries.window().unit().days();
        double[] births = summaries.birth();
        double[] times = new double[actual.length];
        for (int w = 0; w < times.length; w++) {
            times[w] = (w + 1) * week;
        }
        double[] expected = PopulationForecast.cumulativeRepeatTransactions(model, births, times);
        List<HoldoutReport.TrackingPoint> points = new ArrayList<>(actual.length);
        for (int w = 0; w < actual.length; w++) {
            points.add(new HoldoutReport.TrackingPoint(w + 1, actual[w], expected[w]));
        }
        return points;
    }
}
