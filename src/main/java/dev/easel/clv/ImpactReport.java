package dev.easel.clv;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a candidate ruleset would change, customer by customer, against the version in service: both evaluated over
 * the whole population as a batch run would (consent gate, adjustments, the model in service, the review rules on the
 * last published value), with nothing published. Counts are of customers.
 *
 * @param customersChanged   customers with any difference below
 * @param eligibilityChanged customers whose consent gate answers differently (ELIGIBLE, RENEWAL_DUE, SUPPRESSED)
 * @param statusChanged      customers whose result would be published, flagged for review or suppressed differently
 * @param reviewFlagChanged  customers the review rules would flag on one side only
 * @param valueChanged       customers whose historic or predicted CLV (or its currency) differs
 * @param rulesFiringDifferently rules that fire for a different number of customers, with both counts
 * @param sample             up to {@value #SAMPLE} changed customers with both explanations
 * @param digest             SHA-256 of the report's JSON without this field: what a promotion records
 */
public record ImpactReport(
        String reportId,
        String candidateVersion,
        String baseVersion,
        String modelVersion,
        LocalDate scoredOn,
        String requestedBy,
        Instant startedAt,
        Instant finishedAt,
        long durationMillis,
        long customers,
        long customersChanged,
        long eligibilityChanged,
        long statusChanged,
        long reviewFlagChanged,
        long valueChanged,
        List<Transition> eligibilityTransitions,
        List<Transition> statusTransitions,
        List<CurrencyImpact> currencies,
        List<RuleCount> rulesFiringDifferently,
        List<ChangedCustomer> sample,
        String digest) {

    public static final int SAMPLE = 20;

    public ImpactReport withDigest(String value) {
        return new ImpactReport(
                reportId,
                candidateVersion,
                baseVersion,
                modelVersion,
                scoredOn,
                requestedBy,
                startedAt,
                finishedAt,
                durationMillis,
                customers,
                customersChanged,
                eligibilityChanged,
                statusChanged,
                reviewFlagChanged,
                valueChanged,
                eligibilityTransitions,
                statusTransitions,
                currencies,
                rulesFiringDifferently,
                sample,
                value);
    }

    /** Customers moving from one value to another (eligibility or result status). */
    public record Transition(String from, String to, long customers) {}

    /**
     * Sums in one currency on each side, and how the change of total CLV spreads over the customers whose value in
     * this currency changed.
     */
    public record CurrencyImpact(
            String currency,
            long customers,
            long changed,
            BigDecimal historicBefore,
            BigDecimal historicAfter,
            BigDecimal predictedBefore,
            BigDecimal predictedAfter,
            List<Band> totalChange) {}

    /** Customers whose change of total CLV falls in a band (in the currency's units). */
    public record Band(String label, long customers) {}

    public record RuleCount(String rule, long before, long after) {}

    public record ChangedCustomer(String customerKey, Side live, Side candidate) {}

    /**
     * One customer's result on one side.
     *
     * @param status      PUBLISHED, FLAGGED (would wait for review) or SUPPRESSED
     * @param explanation the explanation the result would carry (as the customer's explanation API shows it)
     */
    public record Side(
            String eligibility,
            String status,
            boolean reviewFlag,
            String currency,
            BigDecimal historic,
            BigDecimal predicted,
            JsonNode explanation) {}
}
