package dev.easel.clv.engine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A result's explanation as {@link Explanations} stored it, read back. Parts an older row lacks come back empty; parts
 * Easel does not read again (the currencies without an exchange rate) are left out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StoredExplanation(
        Eligibility eligibility,
        List<AdjustedOrder> adjustments,
        List<Flag> flags,
        List<String> orderIds,
        List<String> rulesFired,
        String historicOnlyReason,
        Review review,
        Season season) {

    StoredExplanation {
        adjustments = adjustments == null ? List.of() : adjustments;
        flags = flags == null ? List.of() : flags;
        orderIds = orderIds == null ? List.of() : orderIds;
        rulesFired = rulesFired == null ? List.of() : rulesFired;
    }

    /**
     * The season of the model that scored the customer, and how far it moved their expected orders over the horizon:
     * with the season (BG/NBD in operational time, which served) against without it (plain BG/NBD on the same data).
     *
     * @param source  ESTIMATED from the ledger or DECLARED by the analyst
     * @param version the declared season file's version, or null for an estimated season
     */
    record Season(
            String source,
            String version,
            int horizonMonths,
            double expectedOrdersWithSeason,
            double expectedOrdersWithoutSeason) {

        /** The season's effect as a share of the prediction without it. */
        double change() {
            return expectedOrdersWithoutSeason == 0
                    ? 0.0
                    : expectedOrdersWithSeason / expectedOrdersWithoutSeason - 1.0;
        }
    }

    /** A reason a rule gave, with the rule's name (none where only the code is known). */
    record Reason(String code, String rule) {}

    /** The consent gate's status with its reasons. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Eligibility(String status, List<Reason> reasons) {}

    /** An order an adjustment rule touched: how it counts and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdjustedOrder(
            String orderId,
            boolean countsInHistoric,
            boolean countsAsPurchase,
            double predictionWeight,
            String historicAmount,
            List<Reason> reasons,
            List<ExcludedLine> excludedLines) {

        AdjustedOrder {
            reasons = reasons == null ? List.of() : reasons;
            excludedLines = excludedLines == null ? List.of() : excludedLines;
        }
    }

    /** A line of an order left out of the value. */
    record ExcludedLine(int lineNo, List<Reason> reasons) {}

    /** A flag the adjustment rules raised on the customer's history. */
    record Flag(String code, String subject, String rule) {}

    /** What the review rules said of the result. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Review(boolean flagged, List<Reason> reasons, List<String> rulesFired) {

        Review {
            reasons = reasons == null ? List.of() : reasons;
            rulesFired = rulesFired == null ? List.of() : rulesFired;
        }

        List<String> reasonCodes() {
            return reasons.stream().map(Reason::code).distinct().toList();
        }
    }

    Set<String> flagCodes() {
        Set<String> codes = new LinkedHashSet<>();
        flags.forEach(flag -> codes.add(flag.code()));
        return codes;
    }

    /** The codes of every reason an adjustment rule gave an order. */
    Set<String> adjustmentReasonCodes() {
        Set<String> codes = new LinkedHashSet<>();
        adjustments.forEach(order -> order.reasons().forEach(reason -> codes.add(reason.code())));
        return codes;
    }
}
