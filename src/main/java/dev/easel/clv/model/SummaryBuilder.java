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

    private SummaryBuilder() {
    }

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
            return new CustomerSummaries(List.of(), window, window.calibrationEnd(), new long[0], countCustomers(sorted));
        }
        long[] byDay = new long[(int) (holdoutEnd - cohortStartDay + 1)];
        List<CustomerSummary> customers = new ArrayList<>();
        int later = 0;
        int start = 0;
        while (start < sorted.size()) {
            int end = start;
            while (end < sorted.size() && sorted.get(end).customerId().equals(sorted.get(start).customerId())) {
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

    private static CustomerSummary summariseOne(List<Transaction> log, SummaryWindow window, long cohortStartDay,
            long[] byDay) {
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

    /** Convenience for callers holding an array. */
    public static CustomerSummaries summarise(Transaction[] transactions, SummaryWindow window) {
        return summarise(Arrays.asList(transactions), window);
    }
}
