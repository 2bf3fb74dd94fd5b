package dev.easel.clv.model;

/**
 * A Pareto/NBD maximum-likelihood fit; not converged is reported, not thrown.
 *
 * @param standardErrors standard errors of r, alpha, s, beta (NaN where the observed information is singular)
 */
public record ParetoNbdFit(
        ParetoNbdModel model,
        double[] standardErrors,
        double logLikelihood,
        long customers,
        int distinctRows,
        Convergence convergence) {

    public boolean converged() {
        return convergence.converged();
    }

    /** Converged, at a boundary of the parameter space (which parameter), or not converged. */
    public FitStatus status() {
        if (!converged()) {
            return new FitStatus.NotConverged(convergence.message());
        }
        String[] names = {"r", "alpha", "s", "beta"};
        double[] values = model.toArray();
        for (int i = 0; i < 4; i++) {
            if (values[i] < BgNbdFit.LOWER_EDGE || values[i] > BgNbdFit.UPPER_EDGE) {
                return new FitStatus.AtBoundary(
                        names[i],
                        values[i],
                        values[i] < BgNbdFit.LOWER_EDGE
                                ? "the estimate ran towards zero, the limit of a simpler model"
                                : "the estimate ran towards infinity: the data show no difference between customers there");
            }
        }
        return new FitStatus.Converged();
    }
}
