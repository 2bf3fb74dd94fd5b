package dev.easel.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums one reconciliation: per currency, the ledger's net revenue, the historic CLV the published results count for
 * the same orders, and each difference under the adjustment rule (or other cause) that made it. The ledger total is
 * summed separately by the database, so "unexplained" is a real check that every order was accounted for.
 */
final class Reconciliation {

    static final String NO_PUBLISHED_CLV =
            "Customer has no published CLV (suppressed, pending review or never computed)";
    static final String AFTER_SCORING = "Order placed after the CLV was computed";
    static final String OTHER_CURRENCY = "Order in another currency than the customer's CLV (not added without rates)";
    static final String BEYOND_LINES = "Order total beyond its lines (shipping, fees)";

    private final Map<String, Totals> byCurrency = new TreeMap<>();

    void counted(String currency, BigDecimal amount) {
        totals(currency).historic = totals(currency).historic.add(amount);
    }

    void difference(String currency, String cause, BigDecimal amount) {
        if (amount.signum() == 0) {
            return;
        }
        Totals totals = totals(currency);
        totals.differences.computeIfAbsent(cause, c -> new Difference()).add(amount);
    }

    void ledger(String currency, BigDecimal net, long orders) {
        Totals totals = totals(currency);
        totals.ledger = net;
        totals.orders = orders;
    }

    /** Rows: per currency the totals, then each difference by cause, largest first. */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        byCurrency.forEach((currency, totals) -> {
            BigDecimal explained =
                    totals.differences.values().stream().map(d -> d.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal unexplained = totals.ledger.subtract(totals.historic).subtract(explained);
            rows.add(row(
                    "1 Totals", currency, "Ledger net revenue (orders less refunds)", totals.orders, totals.ledger));
            rows.add(row("1 Totals", currency, "Historic CLV counted for these orders", null, totals.historic));
            rows.add(row("1 Totals", currency, "Differences explained below", null, explained));
            rows.add(row("1 Totals", currency, "Unexplained", null, unexplained));
            totals.differences.entrySet().stream()
                    .sorted((a, b) -> b.getValue()
                            .amount
                            .abs()
                            .compareTo(a.getValue().amount.abs()))
                    .forEach(e -> rows.add(row(
                            "2 Differences by adjustment rule",
                            currency,
                            e.getKey(),
                            e.getValue().orders,
                            e.getValue().amount)));
        });
        return rows;
    }

    private Totals totals(String currency) {
        return byCurrency.computeIfAbsent(currency, c -> new Totals());
    }

    private static Map<String, Object> row(
            String section, String currency, String item, Long orders, BigDecimal amount) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        row.put("currency", currency);
        row.put("item", item);
        row.put("orders", orders);
        row.put("amount", amount);
        return row;
    }

    private static final class Totals {
        BigDecimal ledger = BigDecimal.ZERO;
        long orders;
        BigDecimal historic = BigDecimal.ZERO;
        final Map<String, Difference> differences = new LinkedHashMap<>();
    }

    private static final class Difference {
        BigDecimal amount = BigDecimal.ZERO;
        long orders;

        void add(BigDecimal value) {
            amount = amount.add(value);
            orders++;
        }
    }
}
