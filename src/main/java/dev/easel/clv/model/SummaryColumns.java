package dev.easel.clv.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The same summaries as {@link CustomerSummaries}, in columns: row i is the customer {@code customer[i]} (an index
 * into the caller's ids). A million customers then cost a few primitive arrays instead of a million objects, which is
 * what the command line's fit, spend fit and holdout need; {@link #toSummaries} makes the objects when asked.
 */
public record SummaryColumns(
        int[] customer,
        int[] x,
        double[] recency,
        double[] age,
        double[] meanRepeatSpend,
        double[] birth,
        int[] holdoutTransactions,
        double[] holdoutSpend,
        SummaryWindow window,
        LocalDate cohortStart,
        long[] repeatPurchasesByDay,
        int customersFirstSeenLater) {

    public int size() {
        return x.length;
    }

    /** Customers with at least one repeat purchase in the calibration period. */
    public long repeatCustomers() {
        long repeat = 0;
        for (int v : x) {
            if (v > 0) {
                repeat++;
            }
        }
        return repeat;
    }

    public long holdoutTransactionsTotal() {
        long total = 0;
        for (int v : holdoutTransactions) {
            total += v;
        }
        return total;
    }

    /** Columns for fitting and scoring, one row per customer. */
    public RfmTable table() {
        return RfmTable.of(x, recency, age);
    }

    public long[] cumulativeRepeatPurchasesByWeek() {
        return cumulativeByWeek(repeatPurchasesByDay);
    }

    /** One object per customer, named by {@code ids[customer[i]]}. */
    public CustomerSummaries toSummaries(String[] ids) {
        List<CustomerSummary> list = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            list.add(new CustomerSummary(
                    ids[customer[i]],
                    x[i],
                    recency[i],
                    age[i],
                    meanRepeatSpend[i],
                    birth[i],
                    holdoutTransactions[i],
                    holdoutSpend[i]));
        }
        return new CustomerSummaries(list, window, cohortStart, repeatPurchasesByDay, customersFirstSeenLater);
    }

    /** The columns of summaries that were made as objects; {@code customer} numbers them in their order. */
    public static SummaryColumns of(CustomerSummaries summaries) {
        List<CustomerSummary> list = summaries.customers();
        int n = list.size();
        int[] customer = new int[n];
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        double[] birth = new double[n];
        int[] holdout = new int[n];
        double[] holdoutSpend = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = list.get(i);
            customer[i] = i;
            x[i] = c.x();
            recency[i] = c.recency();
            age[i] = c.age();
            spend[i] = c.meanRepeatSpend();
            birth[i] = c.birth();
            holdout[i] = c.holdoutTransactions();
            holdoutSpend[i] = c.holdoutSpend();
        }
        return new SummaryColumns(
                customer,
                x,
                recency,
                age,
                spend,
                birth,
                holdout,
                holdoutSpend,
                summaries.window(),
                summaries.cohortStart(),
                summaries.repeatPurchasesByDay(),
                summaries.customersFirstSeenLater());
    }

    /** Running totals at the end of each week (week 1 ends after day 7), up to the week holding the last day. */
    static long[] cumulativeByWeek(long[] byDay) {
        int weeks = (byDay.length + 6) / 7;
        long[] cumulative = new long[weeks];
        long running = 0;
        for (int day = 0; day < weeks * 7; day++) {
            if (day < byDay.length) {
                running += byDay[day];
            }
            if (day % 7 == 6) {
                cumulative[day / 7] = running;
            }
        }
        return cumulative;
    }
}
