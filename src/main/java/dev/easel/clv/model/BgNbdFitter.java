package dev.easel.clv.model;

/** Fits BG/NBD by maximum likelihood on identical rows merged into weights. */
public final class BgNbdFitter {

    /** The lifetimes and CLVTools starting point: all parameters 1 (log-parameters 0). */
    private static final double[] START = {1.0, 1.0, 1.0, 1.0};

    private BgNbdFitter() {
    }

    public static BgNbdFit fit(RfmTable table) {
        return fit(table, FitOptions.defaults());
    }

    public static BgNbdFit fit(RfmTable table, FitOptions options) {
        if (table.size() == 0) {
            throw new IllegalArgumentException("no customers to fit");
        }
        RfmTable grouped = table.grouped();
        MaximumLikelihood.Outcome outcome = MaximumLikelihood.fit(new BgNbdLikelihood(grouped), START, options);
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
