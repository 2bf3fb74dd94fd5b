package dev.easel.clv.model;

/**
 * How a maximum-likelihood fit runs.
 *
 * @param penalizer         L2 penalty on the natural parameters, added to the mean negative log-likelihood as
 *                          {@code penalizer * sum(param^2)} (the lifetimes convention); 0 for plain ML
 * @param maxIterations     conjugate-gradient iterations before the fit is reported as not converged
 * @param relativeTolerance relative change of the objective between iterations that counts as converged
 * @param gradientTolerance largest gradient component (mean log-likelihood per log-parameter) accepted at the optimum
 */
public record FitOptions(double penalizer, int maxIterations, double relativeTolerance, double gradientTolerance) {

    public FitOptions {
        if (penalizer < 0 || maxIterations < 1 || relativeTolerance <= 0 || gradientTolerance <= 0) {
            throw new IllegalArgumentException("invalid fit options: " + penalizer + ", " + maxIterations + ", "
                    + relativeTolerance + ", " + gradientTolerance);
        }
    }

    public static FitOptions defaults() {
        return new FitOptions(0.0, 2_000, 1e-13, 1e-5);
    }

    public FitOptions withPenalizer(double value) {
        return new FitOptions(value, maxIterations, relativeTolerance, gradientTolerance);
    }

    public FitOptions withMaxIterations(int value) {
        return new FitOptions(penalizer, value, relativeTolerance, gradientTolerance);
    }
}
