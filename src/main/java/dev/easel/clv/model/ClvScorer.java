package dev.easel.clv.model;

import java.util.stream.IntStream;

/**
 * Scores many customers at once on primitive arrays. Predicted CLV sums, month by month, the increase of the
 * conditional expected purchases E[Y(t) | x, t_x, T] (FHL 2005 eq. 10) times the expected spend per purchase
 * (Gamma-Gamma), the gross margin and the monthly discount factor.
 *
 * <p>E[Y(t) | x, t_x, T] is P(alive | x, t_x, T) times a factor of (x, T) alone, so the horizon (one hypergeometric
 * series for all months, twelve logarithms and powers) is computed once per distinct (x, T) pair and each customer
 * adds only P(alive) and the spend: what made scoring slow was repeating the horizon for every customer.
 *
 * <p>Any {@link PurchaseModel} scores the same way (Pareto/NBD through its own closed forms); BG/NBD keeps its
 * vectorised hypergeometric series. The month ends of the horizon may be given in model time, which is how BG/NBD in
 * operational time scores: the same calendar months are longer on its clock in high season.
 */
public final class ClvScorer {

    private static final int BLOCK = 8_192;
    /** Fewer distinct (x, T) pairs than this are not worth a parallel stream. */
    private static final int PARALLEL_GROUPS = 512;

    private ClvScorer() {}

    /**
     * @param spend a usable Gamma-Gamma model, or null for purchase predictions only (spend and CLV become NaN)
     */
    public static Scores score(
            BgNbdModel model, GammaGammaModel spend, RfmTable table, double[] meanSpend, ScoringOptions options) {
        return score(model, spend, table, meanSpend, options, monthEnds(options));
    }

    /** The end of each month of the horizon in model time units, on a clock without a season. */
    public static double[] monthEnds(ScoringOptions options) {
        double[] ends = new double[options.horizonMonths()];
        for (int k = 0; k < ends.length; k++) {
            ends[k] = (k + 1) * options.periodsPerMonth();
        }
        return ends;
    }

    /**
     * @param monthEnds the end of each month of the horizon, in model time from the scoring day (as many as
     *                  {@code options.horizonMonths()}, increasing)
     */
    public static Scores score(
            PurchaseModel model,
            GammaGammaModel spend,
            RfmTable table,
            double[] meanSpend,
            ScoringOptions options,
            double[] monthEnds) {
        if (monthEnds.length != options.horizonMonths()) {
            throw new IllegalArgumentException(
                    monthEnds.length + " month ends for a horizon of " + options.horizonMonths() + " months");
        }
        int n = table.size();
        if (meanSpend.length != n) {
            throw new IllegalArgumentException("meanSpend has " + meanSpend.length + " rows, the table " + n);
        }
        FrequencyAgeGroups groups = FrequencyAgeGroups.of(table);
        Horizons horizons = Horizons.of(model, groups, options, monthEnds);
        Scores scores = new Scores(new double[n], new double[n], new double[n], new double[n], new double[n]);
        blocks(n)
                .forEach(block -> scoreBlock(
                        model,
                        spend,
                        table,
                        meanSpend,
                        options,
                        groups,
                        horizons,
                        scores,
                        block * BLOCK,
                        Math.min(n, (block + 1) * BLOCK)));
        return scores;
    }

    private static IntStream blocks(int rows) {
        int blocks = (rows + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        return blocks > 4 ? range.parallel() : range;
    }

    private static void scoreBlock(
            PurchaseModel m,
            GammaGammaModel spend,
            RfmTable table,
            double[] meanSpend,
            ScoringOptions options,
            FrequencyAgeGroups groups,
            Horizons horizons,
            Scores out,
            int from,
            int to) {
        for (int i = from; i < to; i++) {
            int x = table.x(i);
            double age = table.age(i);
            int group = groups.groupOf(i);
            double alive = m.probabilityAlive(x, table.recency(i), age);
            double aliveScale = horizons.scale(group) * alive;
            double perOrder = spend == null ? Double.NaN : spend.conditionalExpectedSpend(x, meanSpend[i]);
            out.probabilityAlive()[i] = alive;
            out.expectedTransactions()[i] = aliveScale * horizons.atHorizon(group);
            out.expectedSpend()[i] = perOrder;
            out.predictedClv()[i] = aliveScale * horizons.discounted(group) * perOrder * options.grossMargin();
            out.timeToNextPurchase()[i] = m.expectedTimeToNextPurchase(x, age);
        }
    }

    /**
     * Per (x, T) pair: E[Y(t_k)] = c * P(alive) * u_k with c = (a + b + x - 1) / (a - 1) and
     * u_k = 1 - ((alpha + T) / (alpha + T + t_k))^(r + x) 2F1(r + x, b + x; a + b + x - 1; t_k / (alpha + T + t_k)).
     * Kept: c ({@code scale}), u at the horizon, and the discounted sum of the monthly increases of u.
     */
    private record Horizons(double[] scale, double[] atHorizon, double[] discounted) {

        static Horizons of(PurchaseModel m, FrequencyAgeGroups groups, ScoringOptions options, double[] monthEnds) {
            int size = groups.size();
            int months = options.horizonMonths();
            double[] discount = new double[months];
            for (int k = 0; k < months; k++) {
                discount[k] = Math.pow(1 + options.monthlyDiscountRate(), -(k + 1));
            }
            Horizons horizons = new Horizons(new double[size], new double[size], new double[size]);
            IntStream range = IntStream.range(0, size);
            (size > PARALLEL_GROUPS ? range.parallel() : range).forEach(group -> {
                if (m instanceof BgNbdModel bgNbd) {
                    horizons.compute(bgNbd, groups.x(group), groups.age(group), monthEnds, discount, group);
                } else {
                    horizons.compute(m, groups.x(group), groups.age(group), monthEnds, discount, group);
                }
            });
            return horizons;
        }

        /** Any model through its factor E[Y(t) | x, t_x, T] / P(alive), month by month. */
        private void compute(PurchaseModel m, int x, double age, double[] monthEnds, double[] discount, int group) {
            double previous = 0;
            double sum = 0;
            for (int k = 0; k < monthEnds.length; k++) {
                double u = m.expectedIfAlive(monthEnds[k], x, age);
                sum += (u - previous) * discount[k];
                previous = u;
            }
            scale[group] = 1.0;
            atHorizon[group] = previous;
            discounted[group] = sum;
        }

        private void compute(BgNbdModel m, int x, double age, double[] monthEnds, double[] discount, int group) {
            int months = discount.length;
            double[] z = new double[months];
            double[] f = new double[months];
            double[] logShrink = new double[months];
            double alphaT = m.alpha() + age;
            double logAlphaT = Math.log(alphaT);
            for (int k = 0; k < months; k++) {
                double t = monthEnds[k];
                z[k] = t / (alphaT + t);
                logShrink[k] = logAlphaT - Math.log(alphaT + t);
            }
            double rx = m.r() + x;
            Hypergeometric.hyp2f1(rx, m.b() + x, m.a() + m.b() + x - 1, z, f);
            double previous = 0;
            double sum = 0;
            for (int k = 0; k < months; k++) {
                double u = 1 - Math.exp(rx * logShrink[k]) * f[k];
                sum += (u - previous) * discount[k];
                previous = u;
            }
            scale[group] = (m.a() + m.b() + x - 1) / (m.a() - 1);
            atHorizon[group] = previous;
            discounted[group] = sum;
        }

        double scale(int group) {
            return scale[group];
        }

        double atHorizon(int group) {
            return atHorizon[group];
        }

        double discounted(int group) {
            return discounted[group];
        }
    }
}
