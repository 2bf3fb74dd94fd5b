package dev.easel.clv.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a ledger can support a BG/NBD prediction, with every reason and what would fix it. Judged before fitting,
 * so that thin or broken data gets a clear "no" instead of a confident number.
 *
 * @param verdict SUFFICIENT; LIMITED (a fit is possible, its figures are uncertain); INSUFFICIENT (nothing meaningful)
 */
public record DataSufficiency(Verdict verdict, FitStatus blocking, List<Reason> reasons) {

    /** Below this many customers, or repeat customers, four parameters cannot be told apart. */
    public static final int MIN_CUSTOMERS = 20;

    public static final int MIN_REPEAT_CUSTOMERS = 5;
    /** Below these the fit runs but its standard errors are wide; said, not hidden. */
    public static final int COMFORTABLE_CUSTOMERS = 500;

    public static final int COMFORTABLE_REPEAT_CUSTOMERS = 100;

    public enum Verdict {
        SUFFICIENT,
        LIMITED,
        INSUFFICIENT
    }

    /** One finding: a stable code, what was found, and what would fix it. */
    public record Reason(String code, String finding, String fix) {}

    public DataSufficiency {
        reasons = List.copyOf(reasons);
    }

    /**
     * @param firstTransaction earliest date in the data (null when there is none)
     * @param lastTransaction  latest date in the data (null when there is none); the data are taken to end there
     */
    public static DataSufficiency judge(
            CustomerSummaries summaries, LocalDate firstTransaction, LocalDate lastTransaction) {
        return judge(
                summaries.window(),
                summaries.size(),
                summaries.customers().stream().filter(c -> c.x() > 0).count(),
                summaries.customers().stream()
                        .mapToLong(CustomerSummary::holdoutTransactions)
                        .sum(),
                firstTransaction,
                lastTransaction);
    }

    /** The same verdict from the counts of summaries in columns. */
    public static DataSufficiency judge(
            SummaryColumns summaries, LocalDate firstTransaction, LocalDate lastTransaction) {
        return judge(
                summaries.window(),
                summaries.size(),
                summaries.repeatCustomers(),
                summaries.holdoutTransactionsTotal(),
                firstTransaction,
                lastTransaction);
    }

    private static DataSufficiency judge(
            SummaryWindow window,
            int customers,
            long repeat,
            long holdoutTransactions,
            LocalDate firstTransaction,
            LocalDate lastTransaction) {
        List<Reason> reasons = new ArrayList<>();
        FitStatus blocking = null;
        if (lastTransaction != null && window.calibrationEnd().isAfter(lastTransaction)) {
            long gap = ChronoUnit.DAYS.between(lastTransaction, window.calibrationEnd());
            String finding = "the calibration ends " + window.calibrationEnd() + ", " + gap
                    + " days after the last transaction (" + lastTransaction + "): days without data would count as"
                    + " observed inactivity";
            reasons.add(new Reason(
                    "CALIBRATION_BEYOND_DATA", finding, "end the calibration on or before " + lastTransaction));
            blocking = new FitStatus.DegenerateInputs(finding);
        }
        if (lastTransaction != null
                && window.hasHoldout()
                && window.holdoutEnd().isAfter(lastTransaction)) {
            long gap = ChronoUnit.DAYS.between(lastTransaction, window.holdoutEnd());
            String finding = "the holdout ends " + window.holdoutEnd() + ", " + gap
                    + " days after the last transaction (" + lastTransaction + "): the holdout would be compared"
                    + " with purchases nobody could have recorded";
            reasons.add(new Reason(
                    "HOLDOUT_BEYOND_DATA",
                    finding,
                    "end the holdout on or before " + lastTransaction + ", or leave --holdout-end out"));
            blocking = blocking == null ? new FitStatus.DegenerateInputs(finding) : blocking;
        }
        if (customers == 0) {
            String finding = firstTransaction == null
                    ? "the data hold no transaction"
                    : "no customer made a first purchase by " + window.calibrationEnd()
                            + " (the first transaction is on " + firstTransaction + ")";
            reasons.add(new Reason("NO_CUSTOMERS", finding, "end the calibration after the first purchases"));
            blocking = blocking == null ? new FitStatus.NotIdentifiable(finding) : blocking;
        } else {
            FitStatus byCounts = counts(customers, repeat, reasons);
            blocking = blocking == null ? byCounts : blocking;
        }
        if (window.hasHoldout() && holdoutTransactions == 0 && blocking == null) {
            reasons.add(new Reason(
                    "EMPTY_HOLDOUT",
                    "no repeat purchase in the holdout period: its error cannot be" + " measured",
                    "a longer holdout period"));
        }
        Verdict verdict =
                blocking != null ? Verdict.INSUFFICIENT : reasons.isEmpty() ? Verdict.SUFFICIENT : Verdict.LIMITED;
        return new DataSufficiency(verdict, blocking, reasons);
    }

    /**
     * The verdict on customer counts alone, for callers that hold no summaries (the service fits from columns): no
     * customers, no repeat customers, too few to identify four parameters, or few enough to say so.
     */
    public static DataSufficiency ofCounts(int customers, long repeatCustomers) {
        List<Reason> reasons = new ArrayList<>();
        FitStatus blocking;
        if (customers == 0) {
            String finding = "no customer has a counted purchase";
            reasons.add(new Reason("NO_CUSTOMERS", finding, "record orders, or check the adjustment rules"));
            blocking = new FitStatus.NotIdentifiable(finding);
        } else {
            blocking = counts(customers, repeatCustomers, reasons);
        }
        Verdict verdict =
                blocking != null ? Verdict.INSUFFICIENT : reasons.isEmpty() ? Verdict.SUFFICIENT : Verdict.LIMITED;
        return new DataSufficiency(verdict, blocking, reasons);
    }

    private static FitStatus counts(int customers, long repeat, List<Reason> reasons) {
        if (repeat == 0) {
            String finding = "none of the " + customers + " customers bought again in the calibration period:"
                    + " purchase rate and dropout cannot be told apart";
            reasons.add(new Reason(
                    "NO_REPEAT_CUSTOMERS",
                    finding,
                    "a longer calibration period, so that some customers have bought twice"));
            return new FitStatus.NotIdentifiable(finding);
        }
        if (customers < MIN_CUSTOMERS || repeat < MIN_REPEAT_CUSTOMERS) {
            String finding = customers + " customers, " + repeat + " of them repeat buyers: at least " + MIN_CUSTOMERS
                    + " customers and " + MIN_REPEAT_CUSTOMERS
                    + " repeat buyers are needed to estimate four parameters";
            reasons.add(new Reason("TOO_FEW_CUSTOMERS", finding, "more customers, or a longer calibration period"));
            return new FitStatus.NotIdentifiable(finding);
        }
        if (customers < COMFORTABLE_CUSTOMERS || repeat < COMFORTABLE_REPEAT_CUSTOMERS) {
            reasons.add(new Reason(
                    "FEW_CUSTOMERS",
                    customers + " customers, " + repeat
                            + " of them repeat buyers: the fit runs, but read its standard errors before trusting a figure",
                    "at least " + COMFORTABLE_CUSTOMERS + " customers and " + COMFORTABLE_REPEAT_CUSTOMERS
                            + " repeat buyers"));
        }
        return null;
    }

    /** The verdict, its reasons and fixes as plain maps, for JSON columns and the audit outputs. */
    public java.util.Map<String, Object> asMap() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("verdict", verdict.name());
        map.put(
                "reasons",
                reasons.stream()
                        .map(r -> {
                            // In this order on every run (Map.of's order changes from one JVM to the next).
                            java.util.Map<String, Object> reason = new java.util.LinkedHashMap<>();
                            reason.put("code", r.code());
                            reason.put("finding", r.finding());
                            reason.put("fix", r.fix());
                            return reason;
                        })
                        .toList());
        return map;
    }

    public boolean sufficient() {
        return blocking == null;
    }
}
