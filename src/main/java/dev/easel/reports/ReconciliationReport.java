package dev.easel.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Historic CLV against the ledger's net revenue for the orders placed in a period, every difference explained. Each
 * customer's published result keeps, per adjusted order, the amount it counts and the rules that decided it; an order
 * the rules left alone counts its lines less refunds. So per order: ledger net = counted + difference, and the
 * difference goes to the rules that adjusted the order, or to why the order is outside the CLV (no published CLV,
 * placed after scoring, another currency).
 */
@Component
class ReconciliationReport implements ComputedReport {

    private static final String ORDERS = """
            SELECT o.customer_key, o.order_id, o.currency, o.placed_at, o.total, o.refunded_total, o.lines_total,
                   r.currency AS clv_currency, r.scored_on, r.explanation
              FROM commerce_order_revenue o
              LEFT JOIN clv_published_current r ON r.customer_key = o.customer_key""";

    @Override
    public String name() {
        return "reconciliation";
    }

    @Override
    public Set<String> roles() {
        return Set.of("ADMIN", "AUDITOR");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(
                ReportParameter.optional("from", ReportParameter.Kind.DATE, "first day (UTC) orders placed"),
                ReportParameter.optional("to", ReportParameter.Kind.DATE, "last day (UTC) orders placed"));
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("section", "section"),
                new Column("currency", "currency"),
                new Column("item", "item"),
                new Column("orders", "orders"),
                new Column("amount", "amount"));
    }

    @Override
    public List<Map<String, Object>> rows(ReportArguments arguments, Connection connection) throws SQLException {
        SqlFilter period = new SqlFilter()
                .when(arguments.periodStart(), "o.placed_at >= ?")
                .when(arguments.periodEnd(), "o.placed_at < ?");
        Reconciliation reconciliation = new Reconciliation();
        try (PreparedStatement statement = connection.prepareStatement(
                ORDERS + period.where() + " ORDER BY o.customer_key, o.ledger_seq",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(1_000);
            bind(statement, period.parameters());
            try (ResultSet row = statement.executeQuery()) {
                String customer = null;
                Map<String, AdjustedOrder> adjusted = Map.of();
                while (row.next()) {
                    if (!row.getString("customer_key").equals(customer)) {
                        customer = row.getString("customer_key");
                        adjusted = AdjustedOrder.fromExplanation(row.getString("explanation"));
                    }
                    account(row, adjusted, reconciliation);
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT o.currency, SUM(o.total - o.refunded_total) AS net, COUNT(*) AS orders FROM commerce_order_revenue o"
                        + period.where() + " GROUP BY o.currency")) {
            bind(statement, period.parameters());
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    reconciliation.ledger(row.getString("currency"), row.getBigDecimal("net"), row.getLong("orders"));
                }
            }
        }
        return reconciliation.rows();
    }

    private static void account(ResultSet row, Map<String, AdjustedOrder> adjusted, Reconciliation reconciliation)
            throws SQLException {
        String currency = row.getString("currency");
        BigDecimal net = row.getBigDecimal("total").subtract(row.getBigDecimal("refunded_total"));
        String clvCurrency = row.getString("clv_currency");
        LocalDate scoredOn = row.getObject("scored_on", LocalDate.class);
        if (row.getString("explanation") == null) {
            reconciliation.difference(currency, Reconciliation.NO_PUBLISHED_CLV, net);
        } else if (row.getTimestamp("placed_at")
                .toInstant()
                .atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .isAfter(scoredOn)) {
            reconciliation.difference(currency, Reconciliation.AFTER_SCORING, net);
        } else if (clvCurrency == null || !clvCurrency.equals(currency)) {
            reconciliation.difference(currency, Reconciliation.OTHER_CURRENCY, net);
        } else {
            AdjustedOrder order = adjusted.get(row.getString("order_id"));
            BigDecimal counted = order != null
                    ? order.counted()
                    : nullToZero(row.getBigDecimal("lines_total")).subtract(row.getBigDecimal("refunded_total"));
            reconciliation.counted(currency, counted);
            reconciliation.difference(
                    currency, order != null ? order.rules() : Reconciliation.BEYOND_LINES, net.subtract(counted));
        }
    }

    private static BigDecimal nullToZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** What a result's explanation says of one adjusted order: the amount it counts and the rules that decided it. */
    record AdjustedOrder(BigDecimal counted, String rules) {

        static Map<String, AdjustedOrder> fromExplanation(String explanation) {
            Map<String, AdjustedOrder> orders = new HashMap<>();
            Object adjustments = JsonCells.object(explanation).get("adjustments");
            if (!(adjustments instanceof List<?> list)) {
                return orders;
            }
            for (Object item : list) {
                if (item instanceof Map<?, ?> order && order.get("orderId") != null) {
                    boolean counts = Boolean.TRUE.equals(order.get("countsInHistoric"));
                    BigDecimal amount = counts && order.get("historicAmount") != null
                            ? new BigDecimal(order.get("historicAmount").toString())
                            : BigDecimal.ZERO;
                    orders.put(order.get("orderId").toString(), new AdjustedOrder(amount, rules(order)));
                }
            }
            return orders;
        }

        /** The rules named by the order's reasons and its excluded lines' reasons, e.g. "A + B". */
        private static String rules(Map<?, ?> order) {
            Set<String> names = new LinkedHashSet<>();
            addRules(order.get("reasons"), names);
            if (order.get("excludedLines") instanceof List<?> lines) {
                lines.forEach(line -> addRules(line instanceof Map<?, ?> map ? map.get("reasons") : null, names));
            }
            return names.isEmpty() ? "Adjusted without a named rule" : String.join(" + ", names);
        }

        private static void addRules(Object reasons, Set<String> names) {
            if (reasons instanceof List<?> list) {
                for (Object reason : list) {
                    if (reason instanceof Map<?, ?> map) {
                        Object rule = map.get("rule") != null ? map.get("rule") : map.get("code");
                        if (rule != null) {
                            names.add(rule.toString());
                        }
                    }
                }
            }
        }
    }
}
