package dev.easel.clv.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

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
 */
public record AdjustedSummary(String currency, BigDecimal historic, int historicOrders, int purchaseDays, int x,
        double recency, double age, double meanRepeatSpend, LocalDate firstPurchase, LocalDate lastPurchase,
        Double averageDaysBetween, double largestOrderShare, boolean serialReturner, double margin) {

    /** The model can say something only about customers with at least one purchase. */
    public boolean modelable() {
        return purchaseDays > 0;
    }

    public BigDecimal averageOrderValue() {
        return historicOrders == 0 ? null
                : historic.divide(BigDecimal.valueOf(historicOrders), 4, java.math.RoundingMode.HALF_UP);
    }
}
