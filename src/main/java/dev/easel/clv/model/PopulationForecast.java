package dev.easel.clv.model;

import java.util.Arrays;

/**
 * Expected cumulative repeat purchases of a cohort whose customers joined at different times: the sum over
 * customers of E[X(t - birth)] (FHL 2005 eq. 9), evaluated once per distinct birth time.
 */
public final class PopulationForecast {

    private PopulationForecast() {}

    /**
     * @param births first-purchase times from the cohort start, in model time units
     * @param times  times from the cohort start at which to forecast
     */
    public static double[] cumulativeRepeatTransactions(PurchaseModel model, double[] births, double[] times) {
        double[] sorted = births.clone();
        Arrays.sort(sorted);
        double[] distinct = new double[sorted.length];
        int[] counts = new int[sorted.length];
        int groups = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (groups > 0 && distinct[groups - 1] == sorted[i]) {
                counts[groups - 1]++;
            } else {
                distinct[groups] = sorted[i];
                counts[groups++] = 1;
            }
        }
        double[] forecast = new double[times.length];
        // Whole-day births and weekly times repeat the same differences many times: each is evaluated once.
        java.util.Map<Double, Double> expected = new java.util.HashMap<>();
        for (int j = 0; j < times.length; j++) {
            double sum = 0;
            for (int g = 0; g < groups && distinct[g] < times[j]; g++) {
                sum += counts[g] * expected.computeIfAbsent(times[j] - distinct[g], model::expectedTransactions);
            }
            forecast[j] = sum;
        }
        return forecast;
    }
}
