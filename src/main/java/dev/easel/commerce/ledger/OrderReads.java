package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads whole orders (head, lines, refunds) for callers outside the ledger: adapters and data-subject exports. */
@Repository
class OrderReads {

    private static final String HEADS = "select o.id, o.order_id, c.customer_key, o.channel, o.placed_at, o.currency, "
            + "o.seller_id, o.total, o.refunded_total from orders o join customers c on c.id = o.customer_id ";

    private final JdbcTemplate jdbc;

    OrderReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OrderDetails> byOrderId(String orderId) {
        return read(HEADS + "where o.order_id = ?", orderId);
    }

    List<OrderDetails> byCustomerKey(String customerKey) {
        return read(HEADS + "where c.customer_key = ? order by o.placed_at, o.id", customerKey);
    }

    private List<OrderDetails> read(String sql, String argument) {
        List<Head> heads = jdbc.query(
                sql,
                (row, n) -> new Head(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        instant(row.getObject(5, OffsetDateTime.class)),
                        row.getString(6),
                        row.getString(7),
                        row.getBigDecimal(8),
                        row.getBigDecimal(9)),
                argument);
        List<OrderDetails> orders = new ArrayList<>(heads.size());
        for (Head head : heads) {
            orders.add(new OrderDetails(
                    head.orderId,
                    head.customerKey,
                    head.channel,
                    head.placedAt,
                    head.currency,
                    head.sellerId,
                    Money.normal(head.total),
                    Money.normal(head.refunded),
                    lines(head.id),
                    refunds(head.id)));
        }
        return orders;
    }

    private List<OrderDetails.Line> lines(long orderId) {
        return jdbc.query(
                "select line_no, sku, category, quantity, unit_price, discount, line_total, seller_id "
                        + "from order_lines where order_id = ? order by line_no",
                (row, n) -> new OrderDetails.Line(
                        row.getInt(1),
                        row.getString(2),
                        row.getString(3),
                        row.getInt(4),
                        Money.normal(row.getBigDecimal(5)),
                        Money.normal(row.getBigDecimal(6)),
                        Money.normal(row.getBigDecimal(7)),
                        row.getString(8)),
                orderId);
    }

    private List<OrderDetails.Refund> refunds(long orderId) {
        return jdbc.query(
                "select refund_id, refund_type, amount, currency, reason, occurred_at from refunds "
                        + "where order_id = ? order by occurred_at, id",
                (row, n) -> new OrderDetails.Refund(
                        row.getString(1),
                        row.getString(2),
                        Money.normal(row.getBigDecimal(3)),
                        row.getString(4),
                        row.getString(5),
                        instant(row.getObject(6, OffsetDateTime.class))),
                orderId);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private record Head(
            long id,
            String orderId,
            String customerKey,
            String channel,
            Instant placedAt,
            String currency,
            String sellerId,
            BigDecimal total,
            BigDecimal refunded) {}
}
