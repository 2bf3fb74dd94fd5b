package dev.easel.clv.model;

/**
 * What the model knows about one customer at the end of calibration (FHL 2005 notation).
 *
 * @param x                   repeat purchases: purchase days after the first one
 * @param recency             t_x, time from the first to the last purchase
 * @param age                 T, time from the first purchase to the end of calibration
 * @param meanRepeatSpend     mean amount of the repeat purchases (0 when x = 0); the first purchase is left out
 *                            because Gamma-Gamma models the spend of repeat purchases only
 * @param birth               time of the first purchase, counted from the earliest first purchase in the log
 * @param holdoutTransactions purchase days in the holdout period (0 without a holdout)
 * @param holdoutSpend        amount spent in the holdout period
 */
public record CustomerSummary(
        String customerId,
        int x,
        double recency,
        double age,
        double meanRepeatSpend,
        double birth,
        int holdoutTransactions,
        double holdoutSpend) {

    public CustomerSummary {
        if (x < 0 || recency < 0 || age < recency) {
            throw new IllegalArgumentException(
                    "inconsistent summary for " + customerId + ": x=" + x + ", t_x=" + recency + ", T=" + age);
        }
    }
}
