package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Orders with their lines and promotion codes in one statement on PostgreSQL: the orders' insert hands its generated
 * ids to the lines' and the promotions' inserts in the same statement (data-modifying {@code with} parts), so a
 * request's write is one round trip instead of three. Lines and codes carry their order's source id to find it.
 * Every column travels as a text array, cast by PostgreSQL; keys and checks apply as to separate inserts.
 */
final class OrderInsert {

    static final String SQL = "with head as (insert into orders (order_id, customer_id, channel, placed_at, currency, "
            + "seller_id, total, payload_hash, recorded_at) select * from unnest(?::text[], ?::bigint[], ?::text[], "
            + "?::timestamptz[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::timestamptz[]) returning order_id, id), "
            + "lines as (insert into order_lines (order_id, line_no, sku, category, quantity, unit_price, discount, "
            + "line_total, seller_id) select head.id, l.line_no, l.sku, l.category, l.quantity, l.unit_price, "
            + "l.discount, l.line_total, l.seller_id from unnest(?::text[], ?::integer[], ?::text[], ?::text[], "
            + "?::integer[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[]) as l(order_ref, line_no, sku, "
            + "category, quantity, unit_price, discount, line_total, seller_id) "
            + "join head on head.order_id = l.order_ref) "
            + "insert into order_promotions (order_id, promotion_code) select head.id, p.code "
            + "from unnest(?::text[], ?::text[]) as p(order_ref, code) join head on head.order_id = p.order_ref";

    private static final int ORDER_COLUMNS = 9;
    private static final int LINE_COLUMNS = 9;
    private static final int PROMOTION_COLUMNS = 2;

    private OrderInsert() {}

    static Object[] arguments(List<NewOrder> orders, OffsetDateTime now) {
        List<List<String>> heads = columns(ORDER_COLUMNS, orders.size());
        List<List<String>> lines = columns(LINE_COLUMNS, orders.size() * 3);
        List<List<String>> promotions = columns(PROMOTION_COLUMNS, 0);
        String recordedAt = now.toString();
        for (NewOrder order : orders) {
            OrderRequest request = order.request();
            add(
                    heads,
                    request.orderId(),
                    String.valueOf(order.customer().id()),
                    request.channel(),
                    request.placedAt().withOffsetSameInstant(ZoneOffset.UTC).toString(),
                    request.currency(),
                    request.sellerId(),
                    text(order.total()),
                    order.payloadHash(),
                    recordedAt);
            for (int i = 0; i < request.lines().size(); i++) {
                OrderRequest.Line line = request.lines().get(i);
                add(
                        lines,
                        request.orderId(),
                        String.valueOf(OrderMath.lineNo(line, i)),
                        line.sku(),
                        line.category(),
                        line.quantity() == null ? null : line.quantity().toString(),
                        text(line.unitPrice()),
                        text(OrderMath.discount(line)),
                        text(OrderMath.lineTotal(line)),
                        OrderMath.lineSeller(request, line));
            }
            if (request.promotionCodes() != null) {
                request.promotionCodes().forEach(code -> add(promotions, request.orderId(), code));
            }
        }
        List<Object> arguments = new ArrayList<>(ORDER_COLUMNS + LINE_COLUMNS + PROMOTION_COLUMNS);
        for (List<List<String>> table : List.of(heads, lines, promotions)) {
            table.forEach(column -> arguments.add(new SqlArrayValue("text", column.toArray())));
        }
        return arguments.toArray();
    }

    private static List<List<String>> columns(int count, int rows) {
        List<List<String>> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            columns.add(new ArrayList<>(rows));
        }
        return columns;
    }

    private static void add(List<List<String>> columns, String... values) {
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i]);
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
