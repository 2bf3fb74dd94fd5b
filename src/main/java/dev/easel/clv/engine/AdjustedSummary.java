package dev.easel.clv.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One customer's history after the adjustment rules, as the model and the results need it.
 *
 * @param historic            net historic value: every order's historic amount (adjusted, refunds taken off)
 * @param historicOrders      orders that count in historic value
 * @param purchaseDays        days with at least one order that counts as a purchase (same-day orders count once)
 * @param x                   repeat purchase days (purchase days after the first)
 * @param recency             t_x in model time units; 0 without repeats
 * @param age                 T in model time units, from the first purchase to the scoring day
 * @param meanRepeatSpend     weighted mean spend of the repeat purchase days: each order's spend counts with its
 *                            prediction weight, so a deep-promotion order with weight 0.5 counts half
 * @param averageDaysBetween  days from the first to the last purchase divided by x; null without repeats
 * @param largestOrderShare   share of historic value carried by the largest order
 * @param margin              gross margin of what the customer buys, weighted by line amounts
 * @param currency            what the money is counted in; null when the customer paid in several currencies
 *                            that cannot all be converted, and then {@code historic} is null too
 * @param unconvertedCurrencies the customer's currencies without an exchange rate into the reporting currency
 */
public record AdjustedSummary(
        String currency,
        BigDecimal historic,
        int historicOrders,
        int purchaseDays,
        int x,
        double recency,
        double age,
        double meanRepeatSpend,
        LocalDate firstPurchase,
        LocalDate lastPurchase,
        Double averageDaysBetween,
        double largestOrderShare,
        boolean serialReturner,
        double margin,
        List<String> unconvertedCurrencies) {

    public AdjustedSummary {
        unconvertedCurrencies = List.copyOf(unconvertedCurrencies);
    }

    /**
     * The model can say something only about customers with at least one purchase, whose spend is in the reporting
     * currency (the one the spend model was fitted in).
     */
    public boolean modelable() {
        return purchaseDays > 0 && unconvertedCurrencies.isEmpty();
    }

    public BigDecimal averageOrderValue() {
        return historicOrders == 0 || historic == null
                ? null
                : historic.divide(BigDecimal.valueOf(historicOrders), 4, java.math.RoundingMode.HALF_UP);
    }
}
