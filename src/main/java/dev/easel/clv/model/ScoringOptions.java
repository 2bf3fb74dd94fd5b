package dev.easel.clv.model;

/**
 * How predicted CLV is computed: expected purchases month by month over {@code horizonMonths}, each month's
 * expected revenue times {@code grossMargin}, discounted by {@code (1 + monthlyDiscountRate)^month}.
 *
 * @param periodsPerMonth model time units in one month (30.44 for days, 4.35 for weeks)
 */
public record ScoringOptions(
        int horizonMonths, double monthlyDiscountRate, double grossMargin, double periodsPerMonth) {

    public ScoringOptions {
        if (horizonMonths < 1 || monthlyDiscountRate < 0 || !(grossMargin >= 0) || !(periodsPerMonth > 0)) {
            throw new IllegalArgumentException("invalid scoring options: " + horizonMonths + ", " + monthlyDiscountRate
                    + ", " + grossMargin + ", " + periodsPerMonth);
        }
    }

    /** Twelve months, 1% a month, margin 1.0 (revenue), calendar months in the given unit. */
    public static ScoringOptions defaults(ModelTimeUnit unit) {
        return new ScoringOptions(12, 0.01, 1.0, unit.perMonth());
    }

    public double horizon() {
        return horizonMonths * periodsPerMonth;
    }
}
