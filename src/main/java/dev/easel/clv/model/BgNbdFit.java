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

    /** Below or above these the estimate has run to the edge of the parameter space. */
    static final double LOWER_EDGE = 1e-3;

    static final double UPPER_EDGE = 1e3;

    public boolean converged() {
        return convergence.converged();
    }

    /**
     * Converged, at a boundary (which parameter, and what that means for the predictions) or not converged. The
     * data-sufficiency statuses (not identifiable, degenerate inputs) are judged before fitting, by
     * {@link DataSufficiency}.
     */
    public FitStatus status() {
        if (!converged()) {
            return new FitStatus.NotConverged(convergence.message());
        }
        BgNbdModel m = model;
        if (m.a() < LOWER_EDGE) {
            return new FitStatus.AtBoundary(
                    "a",
                    m.a(),
                    "almost no customer drops out after a purchase; the data show"
                            + " no sign of churn, so P(alive) stays near 1 for everyone and may be too optimistic");
        }
        if (m.a() > UPPER_EDGE || m.b() > UPPER_EDGE) {
            String parameter = m.a() > UPPER_EDGE ? "a" : "b";
            return new FitStatus.AtBoundary(
                    parameter,
                    parameter.equals("a") ? m.a() : m.b(),
                    "every customer has the same dropout probability after a purchase (" + m.a() / (m.a() + m.b())
                            + "); the data show no difference between customers in how they leave");
        }
        if (m.r() < LOWER_EDGE) {
            return new FitStatus.AtBoundary(
                    "r",
                    m.r(),
                    "purchase rates collapse towards zero: almost no customer is" + " expected to buy again");
        }
        if (m.r() > UPPER_EDGE) {
            return new FitStatus.AtBoundary(
                    "r",
                    m.r(),
                    "every customer buys at the same rate (" + m.r() / m.alpha()
                            + " per time unit); the data show no difference between customers in how often they buy");
        }
        if (m.alpha() < LOWER_EDGE) {
            return new FitStatus.AtBoundary("alpha", m.alpha(), "the purchase-rate scale collapses towards zero");
        }
        return new FitStatus.Converged();
    }
}
