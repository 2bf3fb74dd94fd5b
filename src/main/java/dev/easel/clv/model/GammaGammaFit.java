package dev.easel.clv.model;

/**
 * The outcome of a Gamma-Gamma fit. Only {@link Status#FITTED} gives spend predictions; every other status tells
 * the caller to fall back to historic-only CLV and says why in {@code message}.
 *
 * @param model                       the estimates; null when there was too little data to fit
 * @param standardErrors              standard errors of p, q, gamma; null when there was too little data
 * @param repeatCustomers             customers with x > 0 and positive mean spend that were fitted
 * @param spendFrequencyCorrelation   Pearson correlation of x and mean spend among them (the model assumes none)
 * @param correlationWarning          true when |correlation| exceeds the configured threshold
 * @param convergence                 how the optimiser ended; null when there was too little data
 */
public record GammaGammaFit(
        Status status,
        GammaGammaModel model,
        GammaGammaStandardErrors standardErrors,
        double logLikelihood,
        int repeatCustomers,
        double spendFrequencyCorrelation,
        boolean correlationWarning,
        Convergence convergence,
        String message) {

    public enum Status {
        /** Estimates usable for spend predictions. */
        FITTED,
        /** Fewer repeat customers than the configured minimum. */
        TOO_LITTLE_DATA,
        /** q <= 1: the population mean spend p gamma / (q - 1) would be infinite, so the fit is refused. */
        INFINITE_MEAN_SPEND,
        /** The optimiser did not converge. */
        NOT_CONVERGED
    }

    public boolean usable() {
        return status == Status.FITTED;
    }
}
