package dev.easel.commerce.ledger;

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

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.easel.commerce.LedgerCustomer;
import dev.easel.commerce.LedgerExtract;
import dev.easel.commerce.LedgerExtracts;
import dev.easel.commerce.LedgerLine;
import dev.easel.commerce.LedgerOrder;

/**
 * Four queries per chunk whatever its size: customers, orders with their refunds summed by type, lines with their
 * sellers, promotions. On PostgreSQL the chunk's keys travel as one array parameter, so each query is planned once.
 */
@Repository
class LedgerExtractQueries implements LedgerExtracts {

    private static final String ORDERS = """
            select c.customer_key, o.id, o.order_id, o.placed_at, o.currency, o.total,
                   coalesce(r.refunded, 0), coalesce(r.returned, 0), coalesce(r.exchanged, 0),
                   coalesce(r.cancelled, 0), coalesce(r.cancellations, 0)
            from customers c
            join orders o on o.customer_id = c.id
            left join (
                select r.order_id,
                       sum(case when r.refund_type = 'REFUND' then r.amount else 0 end) as refunded,
                       sum(case when r.refund_type = 'RETURN' then r.amount else 0 end) as returned,
                       sum(case when r.refund_type = 'EXCHANGE' then r.amount else 0 end) as exchanged,
                       sum(case when r.refund_type = 'CANCELLATION' then r.amount else 0 end) as cancelled,
                       sum(case when r.refund_type = 'CANCELLATION' then 1 else 0 end) as cancellations
                from refunds r
                join orders ro on ro.id = r.order_id
                join customers rc on rc.id = ro.customer_id
                where rc.customer_key %s and r.occurred_at <= ?
                group by r.order_id
            ) r on r.order_id = o.id
            where c.customer_key %s and o.placed_at <= ?
            order by c.customer_key, o.placed_at, o.id
            """;

    private static final String LINES = """
            select l.order_id, l.line_no, l.category, l.quantity, l.line_total, l.seller_id, s.party,
                   s.dpa_signed_on, s.country
            from customers c
            join orders o on o.customer_id = c.id
            join order_lines l on l.order_id = o.id
            join sellers s on s.seller_id = l.seller_id
            where c.customer_key %s and o.placed_at <= ?
            order by l.order_id, l.line_no
            """;

    private static final String PROMOTIONS = """
            select op.order_id, p.discount_percent, p.starts_at, p.ends_at
            from customers c
            join orders o on o.customer_id = c.id
            join order_promotions op on op.order_id = o.id
            join promotions p on p.code = op.promotion_code
            where c.customer_key %s and o.placed_at <= ?
            """;

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    LedgerExtractQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public LedgerExtract extract(Collection<String> customerKeys, Instant until) {
        if (customerKeys.isEmpty()) {
            return new LedgerExtract(List.of(), Map.of());
        }
        OffsetDateTime to = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
        List<LedgerCustomer> customers = jdbc.query("select customer_key, customer_type, country, region, birth_year "
                + "from customers where customer_key" + in(customerKeys) + " order by customer_key",
                (row, n) -> new LedgerCustomer(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        (Integer) row.getObject(5, Integer.class)),
                keys(customerKeys));
        Map<Long, List<LedgerLine>> lines = lines(customerKeys, to);
        Map<Long, Promotion> promotions = promotions(customerKeys, to);
        Map<String, List<LedgerOrder>> orders = new LinkedHashMap<>();
        jdbc.query(ORDERS.formatted(in(customerKeys), in(customerKeys)), row -> {
            long id = row.getLong(2);
            Promotion promotion = promotions.get(id);
            BigDecimal total = row.getBigDecimal(6);
            boolean cancelled = row.getLong(11) > 0;
            // A cancellation of no money still cancels the order: the rules see it as cancelled for its full value.
            BigDecimal cancelledAmount = cancelled ? row.getBigDecimal(10).max(total) : BigDecimal.ZERO;
            LedgerOrder order = new LedgerOrder(row.getString(3), row.getString(1), instant(row, 4),
                    row.getString(5), total, lines.getOrDefault(id, List.of()), row.getBigDecimal(7),
                    row.getBigDecimal(8), row.getBigDecimal(9), cancelledAmount, cancelled,
                    promotion == null ? BigDecimal.ZERO : promotion.depth(),
                    promotion == null ? null : promotion.startsAt(), promotion == null ? null : promotion.endsAt());
            orders.computeIfAbsent(order.customerKey(), key -> new ArrayList<>()).add(order);
        }, concat(keys(customerKeys), to, keys(customerKeys), to));
        return new LedgerExtract(customers, orders);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> customerKeys(String afterKey, int limit) {
        if (afterKey == null) {
            return jdbc.queryForList("select customer_key from customers order by customer_key limit ?", String.class,
                    limit);
        }
        return jdbc.queryForList("select customer_key from customers where customer_key > ? order by customer_key "
                + "limit ?", String.class, afterKey, limit);
    }

    private Map<Long, List<LedgerLine>> lines(Collection<String> customerKeys, OffsetDateTime to) {
        Map<Long, List<LedgerLine>> lines = new HashMap<>();
        jdbc.query(LINES.formatted(in(customerKeys)), row -> {
            lines.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new LedgerLine(row.getInt(2),
                    row.getString(3), row.getInt(4), row.getBigDecimal(5), row.getString(6), row.getString(7),
                    row.getObject(8) != null, row.getString(9)));
        }, concat(keys(customerKeys), to));
        return lines;
    }

    /** The deepest promotion of each order, with its window. */
    private Map<Long, Promotion> promotions(Collection<String> customerKeys, OffsetDateTime to) {
        Map<Long, Promotion> deepest = new HashMap<>();
        jdbc.query(PROMOTIONS.formatted(in(customerKeys)), row -> {
            Promotion promotion = new Promotion(row.getBigDecimal(2), instant(row, 3), instant(row, 4));
            deepest.merge(row.getLong(1), promotion, (a, b) -> a.depth().compareTo(b.depth()) >= 0 ? a : b);
        }, concat(keys(customerKeys), to));
        return deepest;
    }

    private record Promotion(BigDecimal depth, Instant startsAt, Instant endsAt) {
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private String in(Collection<?> values) {
        return postgres() ? " = any(?)" : " in (" + LedgerQueries.marks(values) + ")";
    }

    private Object[] keys(Collection<String> values) {
        return postgres() ? new Object[] {new SqlArrayValue("text", values.toArray())} : values.toArray();
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
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
