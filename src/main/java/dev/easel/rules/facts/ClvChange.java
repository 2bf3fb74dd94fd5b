package dev.easel.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * A newly computed CLV compared with the last published one, for the review rules.
 *
 * @param previousPublished the last published predicted CLV; null when none was ever published
 * @param newValue the newly predicted CLV
 * @param historicValue the customer's historic value after adjustments
 * @param largestOrderShare the share (0 to 1) of historic value carried by the customer's largest order
 * @param serialReturner whether the adjustments flagged the customer as a serial returner
 * @param historicOrders how many orders count in historic value
 * @param flags the codes of the flags the adjustment rules raised (on the customer, an order or a line)
 * @param adjustments the reason codes the adjustment rules gave the customer's orders
 */
public record ClvChange(
        String customerKey,
        String currency,
        BigDecimal previousPublished,
        BigDecimal newValue,
        BigDecimal historicValue,
        double largestOrderShare,
        boolean serialReturner,
        int historicOrders,
        Set<String> flags,
        Set<String> adjustments) {

    public ClvChange {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(newValue, "newValue");
        historicValue = historicValue == null ? BigDecimal.ZERO : historicValue;
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        adjustments = adjustments == null ? Set.of() : Set.copyOf(adjustments);
    }

    /** A change without order counts, flags or adjustments: each customer's history is one order. */
    public ClvChange(
            String customerKey,
            String currency,
            BigDecimal previousPublished,
            BigDecimal newValue,
            BigDecimal historicValue,
            double largestOrderShare,
            boolean serialReturner) {
        this(
                customerKey,
                currency,
                previousPublished,
                newValue,
                historicValue,
                largestOrderShare,
                serialReturner,
                historicValue == null || historicValue.signum() == 0 ? 0 : 1,
                Set.of(),
                Set.of());
    }

    public boolean isPreviousValueKnown() {
        return previousPublished != null;
    }

    /** New minus previous value; 0 when there is no previous value. */
    public BigDecimal getIncrease() {
        return previousPublished == null ? BigDecimal.ZERO : newValue.subtract(previousPublished);
    }

    /**
     * The increase as a share of the previous value (0.5 is +50 %); 0 without a previous value, and a very large
     * number when the previous value was 0 and the new one is not.
     */
    public double getIncreaseShare() {
        if (previousPublished == null) {
            return 0.0;
        }
        if (previousPublished.signum() == 0) {
            return newValue.signum() > 0 ? Double.MAX_VALUE : 0.0;
        }
        return getIncrease().divide(previousPublished, 6, RoundingMode.HALF_UP).doubleValue();
    }

    /** The historic value of the largest order (its share of the historic value). */
    public BigDecimal getLargestOrderValue() {
        return historicValue.multiply(BigDecimal.valueOf(largestOrderShare)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether the adjustment rules raised a flag with this code anywhere in the customer's history. */
    public boolean flagged(String code) {
        return flags.contains(code);
    }

    /** Whether the adjustment rules gave one of the customer's orders this reason. */
    public boolean adjustedFor(String code) {
        return adjustments.contains(code);
    }
}
