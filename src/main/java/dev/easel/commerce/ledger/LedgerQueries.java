package dev.easel.commerce.ledger;

import dev.easel.shared.PostgresCheck;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Set-based look-ups: each takes a whole chunk of ids and answers in one query, so that a chunk of a thousand
 * order lines costs a handful of round trips, not a thousand.
 */
@Repository
class LedgerQueries {

    private final JdbcTemplate jdbc;
    private final DateWindow dates;
    private volatile Set<String> currencies;
    private final PostgresCheck database;

    LedgerQueries(JdbcTemplate jdbc, DateWindow dates) {
        this.jdbc = jdbc;
        this.database = new PostgresCheck(jdbc);
        this.dates = dates;
    }

    /** The configured window of order and refund dates, handed to validation through {@link ReferenceCache}. */
    DateWindow dates() {
        return dates;
    }

    /** ISO 4217 codes change by migration only, so they are read once. */
    Set<String> currencies() {
        Set<String> known = currencies;
        if (known == null) {
            known = Set.copyOf(jdbc.queryForList("select code from currencies", String.class));
            currencies = known;
        }
        return known;
    }

    Map<String, CustomerRef> customersBySourceIds(Collection<String> sourceIds) {
        Map<String, CustomerRef> found = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select s.source_id, c.id, c.customer_key from customer_source_ids s "
                        + "join customers c on c.id = s.customer_id where s.source_id" + in(sourceIds),
                row -> {
                    found.put(row.getString(1), new CustomerRef(row.getLong(2), row.getString(3)));
                },
                args(sourceIds, "text"));
        return found;
    }

    /** By the keyed hashes of normalised emails ({@link PersonalDataCipher#emailLookup}). */
    Map<String, CustomerRef> customersByEmailLookups(Collection<String> lookups) {
        Map<String, CustomerRef> found = new HashMap<>();
        if (lookups.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select p.email_lookup, c.id, c.customer_key from customer_contacts p "
                        + "join customers c on c.id = p.customer_id where p.email_lookup" + in(lookups),
                row -> {
                    found.put(row.getString(1), new CustomerRef(row.getLong(2), row.getString(3)));
                },
                args(lookups, "text"));
        return found;
    }

    Set<String> existingSellers(Collection<String> sellerIds) {
        return existing("select seller_id from sellers where seller_id", sellerIds);
    }

    Set<String> existingPromotions(Collection<String> codes) {
        return existing("select code from promotions where code", codes);
    }

    Map<String, RecordedOrder> recordedOrders(Collection<String> orderIds) {
        return recordedOrders(orderIds, false);
    }

    /**
     * For imports, which grow the orders table inside their own transaction: on PostgreSQL the statement is planned
     * afresh on every call (never kept as a server-side prepared statement), because a plan kept from when the table
     * was nearly empty scans the whole, by then large, table once per id.
     */
    Map<String, RecordedOrder> recordedOrdersPlannedAfresh(Collection<String> orderIds) {
        return recordedOrders(orderIds, true);
    }

    private Map<String, RecordedOrder> recordedOrders(Collection<String> orderIds, boolean planAfresh) {
        Map<String, RecordedOrder> found = new HashMap<>();
        if (orderIds.isEmpty()) {
            return found;
        }
        // On PostgreSQL, one unique-index probe per id (the lateral subquery with offset 0 cannot be flattened):
        // an import grows the orders table inside its transaction, unseen by the statistics, and with statistics
        // from when it was empty the planner otherwise scans the whole table for every chunk.
        String from = postgres()
                ? "unnest(?::text[]) wanted(order_id) cross join lateral (select * from orders o "
                        + "where o.order_id = wanted.order_id offset 0) o join customers c on c.id = o.customer_id"
                : "orders o join customers c on c.id = o.customer_id where o.order_id" + in(orderIds);
        String sql = "select o.id, o.order_id, o.payload_hash, c.customer_key, o.currency, o.total from " + from;
        Object[] args = args(orderIds, "text");
        PreparedStatementCreator statement = connection -> {
            PreparedStatement prepared = connection.prepareStatement(sql);
            if (planAfresh && prepared.isWrapperFor(PGStatement.class)) {
                prepared.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            new ArgumentPreparedStatementSetter(args).setValues(prepared);
            return prepared;
        };
        jdbc.query(statement, row -> {
            RecordedOrder order = new RecordedOrder(
                    row.getLong(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getBigDecimal(6));
            found.put(order.orderId(), order);
        });
        return found;
    }

    Map<String, RecordedRefund> recordedRefunds(Collection<String> refundIds) {
        Map<String, RecordedRefund> found = new HashMap<>();
        if (refundIds.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select r.refund_id, o.order_id, r.payload_hash, r.refund_type, r.amount, r.currency "
                        + "from refunds r join orders o on o.id = r.order_id where r.refund_id" + in(refundIds),
                row -> {
                    RecordedRefund refund = new RecordedRefund(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getBigDecimal(5),
                            row.getString(6));
                    found.put(refund.refundId(), refund);
                },
                args(refundIds, "text"));
        return found;
    }

    /**
     * The orders with their lines and what was refunded so far. {@code lock} holds the order rows until the
     * transaction ends, so that two concurrent refunds cannot both spend the same remaining amount.
     */
    Map<String, OrderSnapshot> orderSnapshots(Collection<String> orderIds, boolean lock) {
        Map<String, OrderSnapshot> found = new HashMap<>();
        if (orderIds.isEmpty()) {
            return found;
        }
        if (lock) {
            jdbc.queryForList(
                    "select id from orders where order_id" + in(orderIds) + " for update",
                    Long.class,
                    args(orderIds, "text"));
        }
        Map<Long, Map<Integer, OrderSnapshot.Line>> linesById = new HashMap<>();
        List<Object[]> heads = jdbc.query(
                "select o.id, o.order_id, c.customer_key, o.currency, o.placed_at, o.total, "
                        + "o.refunded_total from orders o join customers c on c.id = o.customer_id "
                        + "where o.order_id" + in(orderIds),
                (row, n) -> new Object[] {
                    row.getLong(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getObject(5, OffsetDateTime.class),
                    row.getBigDecimal(6),
                    row.getBigDecimal(7)
                },
                args(orderIds, "text"));
        if (heads.isEmpty()) {
            return found;
        }
        List<Long> ids = heads.stream().map(head -> (Long) head[0]).toList();
        jdbc.query(
                "select order_id, line_no, quantity, line_total from order_lines where order_id" + in(ids),
                row -> {
                    linesById
                            .computeIfAbsent(row.getLong(1), id -> new HashMap<>())
                            .put(row.getInt(2), new OrderSnapshot.Line(row.getInt(3), row.getBigDecimal(4)));
                },
                args(ids, "bigint"));
        for (Object[] head : heads) {
            long id = (Long) head[0];
            found.put(
                    (String) head[1],
                    new OrderSnapshot(
                            id,
                            (String) head[1],
                            (String) head[2],
                            (String) head[3],
                            (OffsetDateTime) head[4],
                            (BigDecimal) head[5],
                            (BigDecimal) head[6],
                            linesById.getOrDefault(id, Map.of())));
        }
        return found;
    }

    Map<String, Long> orderIds(Collection<String> sourceOrderIds) {
        Map<String, Long> found = new HashMap<>();
        if (sourceOrderIds.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select order_id, id from orders where order_id" + in(sourceOrderIds),
                row -> {
                    found.put(row.getString(1), row.getLong(2));
                },
                args(sourceOrderIds, "text"));
        return found;
    }

    private Set<String> existing(String sqlPrefix, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(sqlPrefix + in(ids), String.class, args(ids, "text")));
    }

    /**
     * The end of a where clause matching any of the values: {@code in (?, ?, ...)}, or on PostgreSQL {@code = any(?)}
     * with one array parameter, planned once however many values a chunk brings. Pass {@link #args} with it.
     */
    private String in(Collection<?> values) {
        return postgres() ? " = any(?)" : " in (" + marks(values) + ")";
    }

    private Object[] args(Collection<?> values, String arrayType) {
        return postgres() ? new Object[] {new SqlArrayValue(arrayType, values.toArray())} : values.toArray();
    }

    private boolean postgres() {
        return database.postgres();
    }

    static String marks(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    long customerCount() {
        Long count = jdbc.queryForObject("select count(*) from customers", Long.class);
        return count == null ? 0 : count;
    }
}
