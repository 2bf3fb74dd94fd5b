package dev.easel.clv.model;

/**
 * A BG/NBD maximum-likelihood fit. A fit that did not converge is reported, not thrown: check
 * {@link Convergence#converged()} before using {@link #model()}.
 *
 * @param standardErrors  standard errors of r, alpha, a, b from the observed information (NaN where it is singular)
 * @param logLikelihood   total log-likelihood at the estimate, without penalty
 * @param customers       number of customers fitted (summed weights)
 * @param distinctRows    distinct (x, t_x, T) rows the likelihood was evaluated on
 */
public record BgNbdFit(
        BgNbdModel model,
        BgNbdStandardErrors standardErrors,
        double logLikelihood,
        long customers,
        int distinctRows,
        double penalizer,
        Convergence convergence) {

    public boolean converged() {
        return convergence.converged();
    }
}
