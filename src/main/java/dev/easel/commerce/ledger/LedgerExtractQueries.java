package dev.easel.commerce.ledger;

import dev.easel.commerce.LedgerCustomer;
import dev.easel.commerce.LedgerExtract;
import dev.easel.commerce.LedgerExtracts;
import dev.easel.commerce.LedgerLine;
import dev.easel.commerce.LedgerOrder;
import dev.easel.shared.PostgresCheck;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five queries per chunk whatever its size: customers, orders, lines with their sellers, refunds summed by type,
 * promotions. On PostgreSQL the chunk's keys travel as one array parameter, so each query is planned once.
 */
@Repository
class LedgerExtractQueries implements LedgerExtracts {

    private static final String ORDERS = """
            select o.customer_id, o.id, o.order_id, o.placed_at, o.currency, o.total
            from orders o
            where o.customer_id %s and o.placed_at <= ?
            order by o.customer_id, o.placed_at, o.id
            """;

    private static final String REFUNDS = """
            select order_id,
                   sum(case when refund_type = 'REFUND' then amount else 0 end),
                   sum(case when refund_type = 'RETURN' then amount else 0 end),
                   sum(case when refund_type = 'EXCHANGE' then amount else 0 end),
                   sum(case when refund_type = 'CANCELLATION' then amount else 0 end),
                   sum(case when refund_type = 'CANCELLATION' then 1 else 0 end)
            from refunds
            where order_id %s and occurred_at <= ?
            group by order_id
            """;

    private static final String LINES = """
            select l.order_id, l.line_no, l.category, l.quantity, l.line_total, l.seller_id, s.party,
                   s.dpa_signed_on, s.country
            from order_lines l
            join sellers s on s.seller_id = l.seller_id
            where l.order_id %s
            order by l.order_id, l.line_no
            """;

    private static final String PROMOTIONS = """
            select op.order_id, p.discount_percent, p.starts_at, p.ends_at
            from order_promotions op
            join promotions p on p.code = op.promotion_code
            where op.order_id %s
            """;

    private final JdbcTemplate jdbc;
    private final PostgresCheck database;

    LedgerExtractQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.database = new PostgresCheck(jdbc);
    }

    /**
     * Customers first, then everything else by the ids found: each query then walks an index (orders by customer,
     * lines, refunds and promotions by order) whatever the planner's statistics say after a bulk load.
     */
    @Override
    @Transactional(readOnly = true)
    public LedgerExtract extract(Collection<String> customerKeys, Instant until) {
        if (customerKeys.isEmpty()) {
            return new LedgerExtract(List.of(), Map.of());
        }
        OffsetDateTime to = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
        Map<Long, String> keysById = new HashMap<>();
        List<LedgerCustomer> customers = customers(customerKeys, keysById);
        if (customers.isEmpty()) {
            return new LedgerExtract(List.of(), Map.of());
        }
        List<OrderHead> heads = jdbc.query(
                ORDERS.formatted(in(keysById.keySet())),
                (row, n) -> new OrderHead(
                        keysById.get(row.getLong(1)),
                        row.getLong(2),
                        row.getString(3),
                        instant(row, 4),
                        row.getString(5),
                        row.getBigDecimal(6)),
                concat(array(keysById.keySet(), "bigint"), to));
        Map<String, List<LedgerOrder>> orders = new LinkedHashMap<>();
        if (heads.isEmpty()) {
            return new LedgerExtract(customers, orders);
        }
        List<Long> orderIds = heads.stream().map(OrderHead::id).toList();
        Map<Long, List<LedgerLine>> lines = lines(orderIds);
        Map<Long, Promotion> promotions = promotions(orderIds);
        Map<Long, BigDecimal[]> refunds = refunds(orderIds, to);
        BigDecimal[] none = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (OrderHead head : heads) {
            Promotion promotion = promotions.get(head.id());
            BigDecimal[] given = refunds.getOrDefault(head.id(), none);
            boolean cancelled = given[4].signum() > 0;
            // A cancellation of no money still cancels the order: the rules see it as cancelled for its full value.
            BigDecimal cancelledAmount = cancelled ? given[3].max(head.total()) : BigDecimal.ZERO;
            LedgerOrder order = new LedgerOrder(
                    head.orderId(),
                    head.customerKey(),
                    head.placedAt(),
                    head.currency(),
                    head.total(),
                    lines.getOrDefault(head.id(), List.of()),
                    given[0],
                    given[1],
                    given[2],
                    cancelledAmount,
                    cancelled,
                    promotion == null ? BigDecimal.ZERO : promotion.depth(),
                    promotion == null ? null : promotion.startsAt(),
                    promotion == null ? null : promotion.endsAt());
            orders.computeIfAbsent(order.customerKey(), key -> new ArrayList<>())
                    .add(order);
        }
        return new LedgerExtract(customers, orders);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerCustomer> customers(Collection<String> customerKeys) {
        return customerKeys.isEmpty() ? List.of() : customers(customerKeys, new HashMap<>());
    }

    private List<LedgerCustomer> customers(Collection<String> customerKeys, Map<Long, String> keysById) {
        return jdbc.query(
                "select id, customer_key, customer_type, country, region, birth_year from customers "
                        + "where customer_key" + in(customerKeys) + " order by customer_key",
                (row, n) -> {
                    keysById.put(row.getLong(1), row.getString(2));
                    return new LedgerCustomer(
                            row.getString(2), row.getString(3), row.getString(4), row.getString(5), (Integer)
                                    row.getObject(6, Integer.class));
                },
                array(customerKeys, "text"));
    }

    private record OrderHead(
            String customerKey, long id, String orderId, Instant placedAt, String currency, BigDecimal total) {}

    private Map<Long, BigDecimal[]> refunds(List<Long> orderIds, OffsetDateTime to) {
        Map<Long, BigDecimal[]> refunds = new HashMap<>();
        jdbc.query(
                REFUNDS.formatted(in(orderIds)),
                row -> {
                    refunds.put(row.getLong(1), new BigDecimal[] {
                        row.getBigDecimal(2),
                        row.getBigDecimal(3),
                        row.getBigDecimal(4),
                        row.getBigDecimal(5),
                        row.getBigDecimal(6)
                    });
                },
                concat(array(orderIds, "bigint"), to));
        return refunds;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> customerKeys(String afterKey, int limit) {
        if (afterKey == null) {
            return jdbc.queryForList(
                    "select customer_key from customers order by customer_key limit ?", String.class, limit);
        }
        return jdbc.queryForList(
                "select customer_key from customers where customer_key > ? order by customer_key " + "limit ?",
                String.class,
                afterKey,
                limit);
    }

    private Map<Long, List<LedgerLine>> lines(List<Long> orderIds) {
        Map<Long, List<LedgerLine>> lines = new HashMap<>();
        jdbc.query(
                LINES.formatted(in(orderIds)),
                row -> {
                    lines.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new LedgerLine(
                                    row.getInt(2),
                                    row.getString(3),
                                    row.getInt(4),
                                    row.getBigDecimal(5),
                                    row.getString(6),
                                    row.getString(7),
                                    row.getObject(8) != null,
                                    row.getString(9)));
                },
                array(orderIds, "bigint"));
        return lines;
    }

    /** The deepest promotion of each order, with its window. */
    private Map<Long, Promotion> promotions(List<Long> orderIds) {
        Map<Long, Promotion> deepest = new HashMap<>();
        jdbc.query(
                PROMOTIONS.formatted(in(orderIds)),
                row -> {
                    Promotion promotion = new Promotion(row.getBigDecimal(2), instant(row, 3), instant(row, 4));
                    deepest.merge(row.getLong(1), promotion, (a, b) -> a.depth().compareTo(b.depth()) >= 0 ? a : b);
                },
                array(orderIds, "bigint"));
        return deepest;
    }

    private record Promotion(BigDecimal depth, Instant startsAt, Instant endsAt) {}

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private String in(Collection<?> values) {
        return postgres() ? " = any(?)" : " in (" + LedgerQueries.marks(values) + ")";
    }

    private Object[] array(Collection<?> values, String type) {
        return postgres() ? new Object[] {new SqlArrayValue(type, values.toArray())} : values.toArray();
    }

    private static Object[] concat(Object... parts) {
        List<Object> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Object[] array) {
                all.addAll(List.of(array));
            } else {
                all.add(part);
            }
        }
        return all.toArray();
    }

    private boolean postgres() {
        return database.postgres();
    }
}
