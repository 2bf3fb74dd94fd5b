package dev.easel.demo;

import java.time.Duration;

/**
 * What a generation run wrote: counts only, never names or emails, so that it may be logged.
 *
 * @param orders     orders (one order spans one or more rows of orders.csv)
 * @param orderLines rows of orders.csv
 * @param refunds    refunds, returns, exchanges and cancellations
 * @param refundRows rows of refunds.csv
 */
public record DemoDataSummary(
        long customers,
        long sellers,
        long promotions,
        long orders,
        long orderLines,
        long refunds,
        long refundRows,
        long consents,
        Duration took) {

    @Override
    public String toString() {
        return "customers.csv " + customers + " rows, sellers.csv " + sellers + ", promotions.csv " + promotions
                + ", orders.csv " + orderLines + " rows (" + orders + " orders), refunds.csv " + refundRows
                + " rows (" + refunds + " refunds), consents.csv " + consents + " rows, in " + took.toMillis()
                + " ms";
    }
}
