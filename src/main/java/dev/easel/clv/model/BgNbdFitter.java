package dev.easel.clv.model;

/** Fits BG/NBD by maximum likelihood on identical rows merged into weights. */
public final class BgNbdFitter {

    /** The lifetimes and CLVTools starting point: all parameters 1 (log-parameters 0). */
    private static final double[] START = {1.0, 1.0, 1.0, 1.0};

    private BgNbdFitter() {}

    public static BgNbdFit fit(RfmTable table) {
        return fit(table, FitOptions.defaults());
    }

    /**
     * Above this many distinct rows the fit starts from a fit on an evenly strided sample of them: the full
     * likelihood then needs a few iterations instead of a few dozen, and the estimate is the same maximum.
     */
    static final int WARM_START_ROWS = 40_000;

    static final int SAMPLE_ROWS = 10_000;

    static double[] warmStart(RfmTable grouped, FitOptions options) {
        int n = grouped.size();
        if (n <= WARM_START_ROWS) {
            return START;
        }
        int stride = n / SAMPLE_ROWS;
        int size = (n + stride - 1) / stride;
        int[] x = new int[size];
        double[] recency = new double[size];
        double[] age = new double[size];
        double[] weight = new double[size];
        for (int i = 0, j = 0; i < n; i += stride, j++) {
            x[j] = grouped.x(i);
            recency[j] = grouped.recency(i);
            age[j] = grouped.age(i);
            weight[j] = grouped.weight(i);
        }
        MaximumLikelihood.Outcome sample =
                MaximumLikelihood.fit(new BgNbdLikelihood(RfmTable.of(x, recency, age, weight)), START, options);
        return sample.convergence().converged() ? sample.params() : START;
    }

    public static BgNbdFit fit(RfmTable table, FitOptions options) {
        if (table.size() == 0) {
            throw new IllegalArgumentException("no customers to fit");
        }
        RfmTable grouped = table.grouped();
        BgNbdLikelihood likelihood = new BgNbdLikelihood(grouped);
        MaximumLikelihood.Outcome outcome = null;
        if (grouped.size() > WARM_START_ROWS) {
            outcome = MaximumLikelihood.polish(likelihood, warmStart(grouped, options), options);
        }
        if (outcome == null || !outcome.convergence().converged()) {
            outcome = MaximumLikelihood.fit(likelihood, START, options);
        }
        double[] p = outcome.params();
        double[] se = outcome.standardErrors();
        return new BgNbdFit(
                new BgNbdModel(p[0], p[1], p[2], p[3]),
                new BgNbdStandardErrors(se[0], se[1], se[2], se[3]),
                outcome.logLikelihood(),
                Math.round(grouped.totalWeight()),
                grouped.size(),
                options.penalizer(),
                outcome.convergence());
    }
}
