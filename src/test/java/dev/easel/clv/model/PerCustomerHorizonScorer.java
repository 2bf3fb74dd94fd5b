package dev.easel.clv.model;

import java.util.stream.IntStream;

/**
 * {@link ClvScorer} as it was before customers with the same (x, T) shared their horizon: every customer sums its own
 * hypergeometric series over the months. Kept as the reference that the model benchmark times and compares against.
 */
public final class PerCustomerHorizonScorer {

    private static final int BLOCK = 8_192;

    private PerCustomerHorizonScorer() {}

    /**
     * @param spend a usable Gamma-Gamma model, or null for purchase predictions only (spend and CLV become NaN)
     */
    public static Scores score(
            BgNbdModel model, GammaGammaModel spend, RfmTable table, double[] meanSpend, ScoringOptions options) {
        int n = table.size();
        if (meanSpend.length != n) {
            throw new IllegalArgumentException("meanSpend has " + meanSpend.length + " rows, the table " + n);
        }
        Scores scores = new Scores(new double[n], new double[n], new double[n], new double[n], new double[n]);
        int blocks = (n + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        if (blocks > 4) {
            range = range.parallel();
        }
        range.forEach(block -> scoreBlock(
                model, spend, table, meanSpend, options, scores, block * BLOCK, Math.min(n, (block + 1) * BLOCK)));
        return scores;
    }

    private static void scoreBlock(
            BgNbdModel m,
            GammaGammaModel spend,
            RfmTable table,
            double[] meanSpend,
            ScoringOptions options,
            Scores out,
            int from,
            int to) {
        int months = options.horizonMonths();
        double[] z = new double[months];
        double[] f = new double[months];
        double[] logShrink = new double[months];
        double[] discount = new double[months];
        for (int k = 0; k < months; k++) {
            discount[k] = Math.pow(1 + options.monthlyDiscountRate(), -(k + 1));
        }
        for (int i = from; i < to; i++) {
            int x = table.x(i);
            double tx = table.recency(i);
            double age = table.age(i);
            double alive = m.probabilityAlive(x, tx, age);
            double alphaT = m.alpha() + age;
            double logAlphaT = Math.log(alphaT);
            for (int k = 0; k < months; k++) {
                double t = (k + 1) * options.periodsPerMonth();
                z[k] = t / (alphaT + t);
                logShrink[k] = logAlphaT - Math.log(alphaT + t);
            }
            double rx = m.r() + x;
            Hypergeometric.hyp2f1(rx, m.b() + x, m.a() + m.b() + x - 1, z, f);
            double scale = (m.a() + m.b() + x - 1) / (m.a() - 1) * alive;
            double previous = 0;
            double discounted = 0;
            for (int k = 0; k < months; k++) {
                double expected = scale * (1 - Math.exp(rx * logShrink[k]) * f[k]);
                discounted += (expected - previous) * discount[k];
                previous = expected;
            }
            double perOrder = spend == null ? Double.NaN : spend.conditionalExpectedSpend(x, meanSpend[i]);
            out.probabilityAlive()[i] = alive;
            out.expectedTransactions()[i] = previous;
            out.expectedSpend()[i] = perOrder;
            out.predictedClv()[i] = discounted * perOrder * options.grossMargin();
            out.timeToNextPurchase()[i] = m.expectedTimeToNextPurchase(x, age);
        }
    }
}
