package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.RefundRequest;
import dev.easel.shared.PostgresCheck;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes validated orders and refunds, a chunk at a time, with multi-row inserts. */
@Repository
class LedgerWriter {

    private static final MultiRowInsert ORDERS = new MultiRowInsert(
            "orders",
            List.of(
                    "order_id",
                    "customer_id",
                    "channel",
                    "placed_at",
                    "currency",
                    "seller_id",
                    "total",
                    "payload_hash",
                    "recorded_at"),
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.CHAR,
            Types.VARCHAR,
            Types.NUMERIC,
            Types.CHAR,
            Types.TIMESTAMP_WITH_TIMEZONE);
    private static final MultiRowInsert ORDER_LINES = new MultiRowInsert(
            "order_lines",
            List.of(
                    "order_id",
                    "line_no",
                    "sku",
                    "category",
                    "quantity",
                    "unit_price",
                    "discount",
                    "line_total",
                    "seller_id"),
            Types.BIGINT,
            Types.INTEGER,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.INTEGER,
            Types.NUMERIC,
            Types.NUMERIC,
            Types.NUMERIC,
            Types.VARCHAR);
    private static final MultiRowInsert ORDER_PROMOTIONS =
            new MultiRowInsert("order_promotions", List.of("order_id", "promotion_code"), Types.BIGINT, Types.VARCHAR);
    private static final MultiRowInsert REFUNDS = new MultiRowInsert(
            "refunds",
            List.of(
                    "refund_id",
                    "order_id",
                    "refund_type",
                    "amount",
                    "currency",
                    "reason",
                    "occurred_at",
                    "payload_hash",
                    "recorded_at"),
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.NUMERIC,
            Types.CHAR,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.CHAR,
            Types.TIMESTAMP_WITH_TIMEZONE);
    private static final MultiRowInsert REFUND_LINES = new MultiRowInsert(
            "refund_lines",
            List.of("refund_id", "order_id", "line_no", "quantity", "amount"),
            Types.BIGINT,
            Types.BIGINT,
            Types.INTEGER,
            Types.INTEGER,
            Types.NUMERIC);

    private final JdbcTemplate jdbc;
    private final LedgerQueries queries;
    private final PostgresCheck database;

    LedgerWriter(JdbcTemplate jdbc, LedgerQueries queries) {
        this.jdbc = jdbc;
        this.database = new PostgresCheck(jdbc);
        this.queries = queries;
    }

    void insertOrders(List<NewOrder> orders) {
        if (orders.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> heads = new ArrayList<>(orders.size());
        for (NewOrder order : orders) {
            OrderRequest request = order.request();
            heads.add(new Object[] {
                request.orderId(),
                order.customer().id(),
                request.channel(),
                request.placedAt().withOffsetSameInstant(ZoneOffset.UTC),
                request.currency(),
                request.sellerId(),
                order.total(),
                order.payloadHash(),
                now
            });
        }
        Map<String, Long> ids = ORDERS.insertReturning(jdbc, heads, "order_id, id");
        if (ids == null) {
            // The identity column assigns ids; one query maps them back for the whole chunk.
            ids = queries.orderIds(
                    orders.stream().map(order -> order.request().orderId()).toList());
        }
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> promotions = new ArrayList<>();
        for (NewOrder order : orders) {
            OrderRequest request = order.request();
            Long id = ids.get(request.orderId());
            for (int i = 0; i < request.lines().size(); i++) {
                OrderRequest.Line line = request.lines().get(i);
                lines.add(new Object[] {
                    id,
                    OrderMath.lineNo(line, i),
                    line.sku(),
                    line.category(),
                    line.quantity(),
                    line.unitPrice(),
                    OrderMath.discount(line),
                    OrderMath.lineTotal(line),
                    OrderMath.lineSeller(request, line)
                });
            }
            if (request.promotionCodes() != null) {
                request.promotionCodes().forEach(code -> promotions.add(new Object[] {id, code}));
            }
        }
        ORDER_LINES.insert(jdbc, lines);
        ORDER_PROMOTIONS.insert(jdbc, promotions);
    }

    /**
     * The bulk load's write on PostgreSQL: ids drawn from the orders' sequence in one query, then one COPY per table.
     * The unique order id and every check still apply row by row, and so do the foreign keys unless the load has
     * suspended them. Elsewhere (H2) the same as {@link #insertOrders}.
     */
    void copyOrders(List<NewOrder> orders) {
        if (orders.isEmpty()) {
            return;
        }
        if (!postgres()) {
            insertOrders(orders);
            return;
        }
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('orders', 'id')) " + "from generate_series(1, ?)",
                Long.class,
                orders.size());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CopyRows heads = new CopyRows(
                "orders",
                List.of(
                        "id",
                        "order_id",
                        "customer_id",
                        "channel",
                        "placed_at",
                        "currency",
                        "seller_id",
                        "total",
                        "payload_hash",
                        "recorded_at"));
        CopyRows lines = new CopyRows(
                "order_lines",
                List.of(
                        "order_id",
                        "line_no",
                        "sku",
                        "category",
                        "quantity",
                        "unit_price",
                        "discount",
                        "line_total",
                        "seller_id"));
        CopyRows promotions = new CopyRows("order_promotions", List.of("order_id", "promotion_code"));
        for (int o = 0; o < orders.size(); o++) {
            NewOrder order = orders.get(o);
            OrderRequest request = order.request();
            long id = ids.get(o);
            heads.add(id)
                    .add(request.orderId())
                    .add(order.customer().id())
                    .add(request.channel())
                    .add(request.placedAt().withOffsetSameInstant(ZoneOffset.UTC))
                    .add(request.currency())
                    .add(request.sellerId())
                    .add(order.total())
                    .add(order.payloadHash())
                    .add(now)
                    .end();
            for (int i = 0; i < request.lines().size(); i++) {
                OrderRequest.Line line = request.lines().get(i);
                lines.add(id)
                        .add(OrderMath.lineNo(line, i))
                        .add(line.sku())
                        .add(line.category())
                        .add(line.quantity())
                        .add(line.unitPrice())
                        .add(OrderMath.discount(line))
                        .add(OrderMath.lineTotal(line))
                        .add(OrderMath.lineSeller(request, line))
                        .end();
            }
            if (request.promotionCodes() != null) {
                request.promotionCodes()
                        .forEach(code -> promotions.add(id).add(code).end());
            }
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            heads.send(connection);
            lines.send(connection);
            promotions.send(connection);
            return null;
        });
    }

    void insertRefunds(List<NewRefund> refunds) {
        if (refunds.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> heads = new ArrayList<>(refunds.size());
        List<Object[]> refunded = new ArrayList<>(refunds.size());
        for (NewRefund refund : refunds) {
            RefundRequest request = refund.request();
            heads.add(new Object[] {
                request.refundId(),
                refund.order().id(),
                request.type(),
                request.amount(),
                request.currency(),
                request.reason(),
                request.occurredAt().withOffsetSameInstant(ZoneOffset.UTC),
                refund.payloadHash(),
                now
            });
            refunded.add(new Object[] {request.amount(), refund.order().id()});
        }
        Map<String, Long> ids = REFUNDS.insertReturning(jdbc, heads, "refund_id, id");
        // The orders_refunds_within_paid constraint re-checks this sum, whoever writes.
        jdbc.batchUpdate("update orders set refunded_total = refunded_total + ? where id = ?", refunded);
        if (ids == null) {
            ids = refundIds(refunds);
        }
        List<Object[]> lines = new ArrayList<>();
        for (NewRefund refund : refunds) {
            RefundRequest request = refund.request();
            if (request.lines() == null) {
                continue;
            }
            Long id = ids.get(request.refundId());
            for (RefundRequest.Line line : request.lines()) {
                lines.add(new Object[] {id, refund.order().id(), line.lineNo(), line.quantity(), line.amount()});
            }
        }
        REFUND_LINES.insert(jdbc, lines);
    }

    private boolean postgres() {
        return database.postgres();
    }

    private Map<String, Long> refundIds(List<NewRefund> refunds) {
        List<String> sourceIds =
                refunds.stream().map(refund -> refund.request().refundId()).toList();
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "select refund_id, id from refunds where refund_id in (" + LedgerQueries.marks(sourceIds) + ")",
                row -> {
                    ids.put(row.getString(1), row.getLong(2));
                },
                sourceIds.toArray());
        return ids;
    }
}
