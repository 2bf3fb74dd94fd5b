package dev.easel.clv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What serving a candidate fit would change in the predictions, customer by customer, against the fit in service:
 * every customer through the rules in service once, scored with both fits, nothing published. Counts are of customers.
 *
 * @param baseVersion        the fit in service when evaluated; null when none serves (every CLV historic only)
 * @param candidateStatus    the candidate's own fit status (FITTED, NOT_CONVERGED, ...)
 * @param dataSufficiency    the candidate's data sufficiency, as its fit judged it
 * @param holdout            the candidate's settings fitted to a calibration period and checked on what followed;
 *                           null when the ledger is too thin for one (see {@code holdoutProblem})
 * @param customersChanged   customers whose churn band, P(alive) or predicted CLV differs
 * @param churnBandChanged   customers whose churn band differs (NONE: P(alive) withheld or no prediction)
 * @param probabilityAliveChanged customers whose P(alive) differs by more than {@value #ALIVE_TOLERANCE}
 * @param predictedChanged   customers whose predicted CLV (two decimals) differs
 * @param aliveBefore        customers per tenth of P(alive) with the fit in service ("0.0-0.1" ... "0.9-1.0")
 * @param aliveAfter         the same with the candidate
 * @param sample             up to {@value #SAMPLE} changed customers, both sides
 * @param digest             SHA-256 of the report's JSON without this field: what a promotion records
 */
public record FitImpact(
        String reportId,
        String candidateVersion,
        String baseVersion,
        String rulesetVersion,
        LocalDate scoredOn,
        String requestedBy,
        Instant startedAt,
        Instant finishedAt,
        long durationMillis,
        String candidateStatus,
        Map<String, Object> dataSufficiency,
        Holdout holdout,
        String holdoutProblem,
        long customers,
        long customersChanged,
        long churnBandChanged,
        long probabilityAliveChanged,
        long predictedChanged,
        List<ImpactReport.Transition> churnBandTransitions,
        Double meanAliveBefore,
        Double meanAliveAfter,
        List<ImpactReport.Band> aliveBefore,
        List<ImpactReport.Band> aliveAfter,
        List<CurrencyChange> currencies,
        List<ChangedCustomer> sample,
        String digest) {

    public static final int SAMPLE = 20;
    public static final double ALIVE_TOLERANCE = 1e-9;

    public FitImpact withDigest(String value) {
        return new FitImpact(
                reportId,
                candidateVersion,
                baseVersion,
                rulesetVersion,
                scoredOn,
                requestedBy,
                startedAt,
                finishedAt,
                durationMillis,
                candidateStatus,
                dataSufficiency,
                holdout,
                holdoutProblem,
                customers,
                customersChanged,
                churnBandChanged,
                probabilityAliveChanged,
                predictedChanged,
                churnBandTransitions,
                meanAliveBefore,
                meanAliveAfter,
                aliveBefore,
                aliveAfter,
                currencies,
                sample,
                value);
    }

    /** The same report without its sample, for lists. */
    public FitImpact withoutSample() {
        return new FitImpact(
                reportId,
                candidateVersion,
                baseVersion,
                rulesetVersion,
                scoredOn,
                requestedBy,
                startedAt,
                finishedAt,
                durationMillis,
                candidateStatus,
                dataSufficiency,
                holdout,
                holdoutProblem,
                customers,
                customersChanged,
                churnBandChanged,
                probabilityAliveChanged,
                predictedChanged,
                churnBandTransitions,
                meanAliveBefore,
                meanAliveAfter,
                aliveBefore,
                aliveAfter,
                currencies,
                List.of(),
                digest);
    }

    /**
     * The candidate's holdout figures: purchases after {@code calibrationEnd} up to {@code holdoutEnd}, actual and as
     * predicted by BG/NBD fitted on the calibration period in the candidate's time unit.
     */
    public record Holdout(
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            int customers,
            long actualTotal,
            double expectedTotal,
            double meanAbsoluteError,
            double correlation) {}

    /**
     * Predicted CLV in one currency on both sides, and how the change spreads over the customers whose prediction in
     * this currency changed.
     */
    public record CurrencyChange(
            String currency,
            long customers,
            long changed,
            BigDecimal predictedBefore,
            BigDecimal predictedAfter,
            List<ImpactReport.Band> change) {}

    public record ChangedCustomer(String customerKey, Side live, Side candidate) {}

    /** One customer's prediction with one fit; null numbers where the model said nothing (historic only). */
    public record Side(
            String churnBand,
            Double probabilityAlive,
            Double expectedOrders,
            String currency,
            BigDecimal historic,
            BigDecimal predicted,
            boolean historicOnly,
            String historicOnlyReason) {}
}
