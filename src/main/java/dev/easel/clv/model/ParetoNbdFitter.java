package dev.easel.clv.model;

/** Fits Pareto/NBD by maximum likelihood on identical rows merged into weights. */
public final class ParetoNbdFitter {

    private static final double[] START = {1.0, 1.0, 1.0, 1.0};

    private ParetoNbdFitter() {}

    public static ParetoNbdFit fit(RfmTable table) {
        return fit(table, FitOptions.defaults());
    }

    public static ParetoNbdFit fit(RfmTable table, FitOptions options) {
        return fit(table, options, START);
    }

    /**
     * From {@code start} (for example the estimate on a neighbouring window, which needs far fewer iterations than
     * the default start of ones); a start that does not converge is followed by a fit from the default start.
     */
    public static ParetoNbdFit fit(RfmTable table, FitOptions options, double[] start) {
        if (table.size() == 0) {
            throw new IllegalArgumentException("no customers to fit");
        }
        RfmTable grouped = table.grouped();
        ParetoNbdLikelihood likelihood = new ParetoNbdLikelihood(grouped);
        // Central differences leave the gradient accurate to about 1e-9; ask a little less of it than BG/NBD does.
        FitOptions relaxed = new FitOptions(
                options.penalizer(),
                options.maxIterations(),
                Math.max(options.relativeTolerance(), 1e-12),
                Math.max(options.gradientTolerance(), 1e-5));
        MaximumLikelihood.Outcome outcome = MaximumLikelihood.fit(likelihood, start, relaxed);
        if (!outcome.convergence().converged() && start != START) {
            outcome = MaximumLikelihood.fit(likelihood, START, relaxed);
        }
        if (!outcome.convergence().converged()) {
            // Newton's method from where the conjugate gradients stopped often finishes the job.
            MaximumLikelihood.Outcome polished = MaximumLikelihood.polish(likelihood, outcome.params(), relaxed);
            if (polished.convergence().converged()) {
                outcome = polished;
            }
        }
        double[] p = outcome.params();
        return new ParetoNbdFit(
                new ParetoNbdModel(p[0], p[1], p[2], p[3]),
                outcome.standardErrors(),
                outcome.logLikelihood(),
                Math.round(grouped.totalWeight()),
                grouped.size(),
                outcome.convergence());
    }
}
