package dev.easel.clv.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Summaries of every customer whose first purchase falls in the calibration period, with what the holdout
 * evaluation needs: the cohort start and the repeat purchases per day (same-day purchases merged).
 *
 * @param cohortStart            the earliest first purchase; day 0 of {@code repeatPurchasesByDay}
 * @param repeatPurchasesByDay   repeat purchase days of the cohort per day from the cohort start up to the holdout end
 * @param customersFirstSeenLater customers left out because their first purchase is after the calibration end
 */
public record CustomerSummaries(
        List<CustomerSummary> customers,
        SummaryWindow window,
        LocalDate cohortStart,
        long[] repeatPurchasesByDay,
        int customersFirstSeenLater) {

    public CustomerSummaries {
        customers = List.copyOf(customers);
    }

    public int size() {
        return customers.size();
    }

    /** Columns for fitting and scoring, one row per customer, in the order of {@link #customers()}. */
    public RfmTable table() {
        return RfmTable.of(customers);
    }

    /**
     * Cumulative repeat purchases of the cohort at the end of each week from the cohort start (week 1 ends after
     * day 7), up to the week that contains the holdout end.
     */
    public long[] cumulativeRepeatPurchasesByWeek() {
        int weeks = (repeatPurchasesByDay.length + 6) / 7;
        long[] cumulative = new long[weeks];
        long running = 0;
        for (int day = 0; day < weeks * 7; day++) {
            if (day < repeatPurchasesByDay.length) {
                running += repeatPurchasesByDay[day];
            }
            if (day % 7 == 6) {
                cumulative[day / 7] = running;
            }
        }
        return cumulative;
    }
}
