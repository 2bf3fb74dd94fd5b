package dev.easel.clv.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a transaction log into {@link CustomerSummaries}. Several purchases on one day count as one transaction
 * with their amounts summed, as in the published CDNOW fits; purchases after the holdout end are ignored.
 */
public final class SummaryBuilder {

    private SummaryBuilder() {}

    public static CustomerSummaries summarise(Iterable<Transaction> transactions, SummaryWindow window) {
        List<Transaction> sorted = new ArrayList<>();
        long cohortStartDay = Long.MAX_VALUE;
        long calibrationEnd = window.calibrationEnd().toEpochDay();
        long holdoutEnd = window.holdoutEnd().toEpochDay();
        for (Transaction t : transactions) {
            long day = t.date().toEpochDay();
            if (day <= holdoutEnd) {
                sorted.add(t);
            }
        }
        sorted.sort(Comparator.comparing(Transaction::customerId).thenComparing(Transaction::date));
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || !sorted.get(i).customerId().equals(sorted.get(i - 1).customerId())) {
                long first = sorted.get(i).date().toEpochDay();
                if (first <= calibrationEnd) {
                    cohortStartDay = Math.min(cohortStartDay, first);
                }
            }
        }
        if (cohortStartDay == Long.MAX_VALUE) {
            return new CustomerSummaries(
                    List.of(), window, window.calibrationEnd(), new long[0], countCustomers(sorted));
        }
        long[] byDay = new long[(int) (holdoutEnd - cohortStartDay + 1)];
        List<CustomerSummary> customers = new ArrayList<>();
        int later = 0;
        int start = 0;
        while (start < sorted.size()) {
            int end = start;
            while (end < sorted.size()
                    && sorted.get(end).customerId().equals(sorted.get(start).customerId())) {
                end++;
            }
            CustomerSummary summary = summariseOne(sorted.subList(start, end), window, cohortStartDay, byDay);
            if (summary == null) {
                later++;
            } else {
                customers.add(summary);
            }
            start = end;
        }
        return new CustomerSummaries(customers, window, LocalDate.ofEpochDay(cohortStartDay), byDay, later);
    }

    private static CustomerSummary summariseOne(
            List<Transaction> log, SummaryWindow window, long cohortStartDay, long[] byDay) {
        long calibrationEnd = window.calibrationEnd().toEpochDay();
        long firstDay = log.get(0).date().toEpochDay();
        if (firstDay > calibrationEnd) {
            return null;
        }
        ModelTimeUnit unit = window.unit();
        int repeat = 0;
        double repeatSpend = 0;
        long lastDay = firstDay;
        int holdout = 0;
        double holdoutSpend = 0;
        int i = 0;
        while (i < log.size()) {
            long day = log.get(i).date().toEpochDay();
            double amount = 0;
            while (i < log.size() && log.get(i).date().toEpochDay() == day) {
                amount += log.get(i).amount();
                i++;
            }
            if (day == firstDay) {
                continue;
            }
            byDay[(int) (day - cohortStartDay)]++;
            if (day <= calibrationEnd) {
                repeat++;
                repeatSpend += amount;
                lastDay = day;
            } else {
                holdout++;
                holdoutSpend += amount;
            }
        }
        return new CustomerSummary(
                log.get(0).customerId(),
                repeat,
                unit.fromDays(lastDay - firstDay),
                unit.fromDays(calibrationEnd - firstDay),
                repeat == 0 ? 0.0 : repeatSpend / repeat,
                unit.fromDays(firstDay - cohortStartDay),
                holdout,
                holdoutSpend);
    }

    private static int countCustomers(List<Transaction> sorted) {
        return (int) sorted.stream().map(Transaction::customerId).distinct().count();
    }

    /**
     * The same summaries from columns: row i is customer {@code customer[i]} (an index into {@code ids}) buying on
     * epoch day {@code day[i]} for {@code amount[i]}. Rows are grouped by a counting sort on the customer index and
     * ordered by day within a customer, stably, so that same-day amounts add up in file order as they do above;
     * customers come out in the order of {@code ids}. For large logs this avoids a Transaction and a String
     * comparison per row.
     */
    public static CustomerSummaries summarise(
            String[] ids, int[] customer, int[] day, double[] amount, SummaryWindow window) {
        return summariseColumns(ids.length, customer, day, amount, window).toSummaries(ids);
    }

    /**
     * The summaries of {@link #summarise(String[], int[], int[], double[], SummaryWindow)} in columns, without an
     * object per customer; {@code customers} is the number of distinct customer indexes.
     */
    public static SummaryColumns summariseColumns(
            int customers, int[] customer, int[] day, double[] amount, SummaryWindow window) {
        return summariseColumns(customers, customer.length, customer, day, amount, window);
    }

    /** As above, over the first {@code rows} rows of the columns. */
    public static SummaryColumns summariseColumns(
            int customers, int rows, int[] customer, int[] day, double[] amount, SummaryWindow window) {
        int n = rows;
        long calibrationEnd = window.calibrationEnd().toEpochDay();
        long holdoutEnd = window.holdoutEnd().toEpochDay();
        int[] start = new int[customers + 1];
        int[] firstDay = new int[customers];
        Arrays.fill(firstDay, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int d = day[i];
            if (d <= holdoutEnd) {
                int c = customer[i];
                start[c + 1]++;
                if (d < firstDay[c]) {
                    firstDay[c] = d;
                }
            }
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[start[customers]];
        int[] fill = Arrays.copyOf(start, customers);
        for (int i = 0; i < n; i++) {
            if (day[i] <= holdoutEnd) {
                order[fill[customer[i]]++] = i;
            }
        }
        long cohortStartDay = Long.MAX_VALUE;
        int seen = 0;
        int inCohort = 0;
        for (int c = 0; c < customers; c++) {
            if (start[c + 1] > start[c]) {
                seen++;
                if (firstDay[c] <= calibrationEnd) {
                    inCohort++;
                    cohortStartDay = Math.min(cohortStartDay, firstDay[c]);
                }
            }
        }
        if (cohortStartDay == Long.MAX_VALUE) {
            return new SummaryColumns(
                    new int[0],
                    new int[0],
                    new double[0],
                    new double[0],
                    new double[0],
                    new double[0],
                    new int[0],
                    new double[0],
                    window,
                    window.calibrationEnd(),
                    new long[0],
                    seen);
        }
        long[] byDay = new long[(int) (holdoutEnd - cohortStartDay + 1)];
        int[] ids = new int[inCohort];
        int[] xs = new int[inCohort];
        double[] recency = new double[inCohort];
        double[] age = new double[inCohort];
        double[] meanSpend = new double[inCohort];
        double[] birth = new double[inCohort];
        int[] holdouts = new int[inCohort];
        double[] holdoutSpends = new double[inCohort];
        ModelTimeUnit unit = window.unit();
        int later = 0;
        int row = 0;
        for (int c = 0; c < customers; c++) {
            int from = start[c];
            int to = start[c + 1];
            if (from == to) {
                continue;
            }
            if (firstDay[c] > calibrationEnd) {
                later++;
                continue;
            }
            sortByDay(order, from, to, day);
            long first = firstDay[c];
            int repeat = 0;
            double repeatSpend = 0;
            long lastDay = first;
            int holdout = 0;
            double holdoutSpend = 0;
            int i = from;
            while (i < to) {
                long today = day[order[i]];
                double spent = 0;
                while (i < to && day[order[i]] == today) {
                    spent += amount[order[i]];
                    i++;
                }
                if (today == first) {
                    continue;
                }
                byDay[(int) (today - cohortStartDay)]++;
                if (today <= calibrationEnd) {
                    repeat++;
                    repeatSpend += spent;
                    lastDay = today;
                } else {
                    holdout++;
                    holdoutSpend += spent;
                }
            }
            ids[row] = c;
            xs[row] = repeat;
            recency[row] = unit.fromDays(lastDay - first);
            age[row] = unit.fromDays(calibrationEnd - first);
            meanSpend[row] = repeat == 0 ? 0.0 : repeatSpend / repeat;
            birth[row] = unit.fromDays(first - cohortStartDay);
            holdouts[row] = holdout;
            holdoutSpends[row] = holdoutSpend;
            row++;
        }
        return new SummaryColumns(
                ids,
                xs,
                recency,
                age,
                meanSpend,
                birth,
                holdouts,
                holdoutSpends,
                window,
                LocalDate.ofEpochDay(cohortStartDay),
                byDay,
                later);
    }

    /** Stable insertion sort of one customer's rows by day: logs are mostly in date order already. */
    private static void sortByDay(int[] order, int from, int to, int[] day) {
        for (int i = from + 1; i < to; i++) {
            int row = order[i];
            int key = day[row];
            int j = i - 1;
            while (j >= from && day[order[j]] > key) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = row;
        }
    }

    /** Convenience for callers holding an array. */
    public static CustomerSummaries summarise(Transaction[] transactions, SummaryWindow window) {
        return summarise(Arrays.asList(transactions), window);
    }
}
