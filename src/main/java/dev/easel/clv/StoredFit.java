package dev.easel.clv;

import dev.easel.clv.model.ModelTimeUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A stored model fit.
 *
 * @param status      FITTED, NOT_CONVERGED, TOO_LITTLE_DATA or INFINITE_MEAN_SPEND
 * @param parameters  r, alpha, a, b (BG/NBD) and p, q, gamma (Gamma-Gamma) where fitted
 * @param diagnostics standard errors, convergence, spend-frequency correlation and warnings
 */
public record StoredFit(
        String version,
        String status,
        ModelTimeUnit timeUnit,
        LocalDate windowStart,
        LocalDate calibrationEnd,
        long customers,
        long repeatCustomers,
        Map<String, Double> parameters,
        Double logLikelihood,
        Map<String, Object> diagnostics,
        String rulesetVersion,
        Instant fittedAt,
        String fittedBy) {

    public StoredFit {
        parameters = Map.copyOf(parameters);
        diagnostics = Map.copyOf(diagnostics);
    }
}
