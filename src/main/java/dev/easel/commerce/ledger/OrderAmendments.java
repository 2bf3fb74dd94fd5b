package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import dev.easel.shared.FieldProblems;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Books the new figures of an order edited at its source: the order row and its lines become the amended ones, and
 * {@code order_amendments} keeps what changed. Lines that were refunded stay (refund lines point at them), and the
 * total may not fall below what was already refunded; otherwise the amendment is refused naming the field.
 */
@Repository
class OrderAmendments {

    private final JdbcClient jdbc;
    private final Clock clock;

    OrderAmendments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Problems that make the amendment impossible; empty when it can be booked. Call with the order row locked. */
    FieldProblems check(OrderSnapshot recorded, OrderRequest request, CustomerRef customer, BigDecimal total) {
        FieldProblems problems = new FieldProblems();
        if (!recorded.customerKey().equals(customer.key())) {
            problems.add("customerId", "differs from the recorded order's customer: an amendment cannot move an order");
        }
        if (!recorded.currency().equals(request.currency())) {
            problems.add("currency", "differs from the recorded order's currency " + recorded.currency());
        }
        if (total.compareTo(recorded.refundedTotal()) < 0) {
            problems.add(
                    "lines",
                    "add up to " + total.stripTrailingZeros().toPlainString()
                            + ", less than the "
                            + recorded.refundedTotal().stripTrailingZeros().toPlainString()
                            + " already refunded");
        }
        Set<Integer> amendedLines = lineNumbers(request);
        for (Integer refunded : refundedLines(recorded.id())) {
            if (!amendedLines.contains(refunded)) {
                problems.add("lines", "drop line " + refunded + ", which was refunded");
            }
        }
        return problems;
    }

    void book(OrderSnapshot recorded, String previousHash, OrderRequest request, BigDecimal total, String hash) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO order_amendments (order_id, amended_at, previous_total, total, previous_payload_hash,
                                              payload_hash)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(recorded.id(), now, recorded.total(), total, previousHash, hash)
                .update();
        jdbc.sql("UPDATE orders SET placed_at = ?, seller_id = ?, total = ?, payload_hash = ? WHERE id = ?")
                .params(
                        request.placedAt().withOffsetSameInstant(ZoneOffset.UTC),
                        request.sellerId(),
                        total,
                        hash,
                        recorded.id())
                .update();
        Set<Integer> keep = lineNumbers(request);
        for (Integer old : recorded.lines().keySet()) {
            if (!keep.contains(old)) {
                jdbc.sql("DELETE FROM order_lines WHERE order_id = ? AND line_no = ?")
                        .params(recorded.id(), old)
                        .update();
            }
        }
        List<OrderRequest.Line> lines = request.lines();
        for (int i = 0; i < lines.size(); i++) {
            OrderRequest.Line line = lines.get(i);
            int lineNo = OrderMath.lineNo(line, i);
            Object[] values = {
                line.sku(),
                line.category(),
                line.quantity(),
                line.unitPrice(),
                OrderMath.discount(line),
                OrderMath.lineTotal(line),
                OrderMath.lineSeller(request, line),
                recorded.id(),
                lineNo
            };
            int updated = jdbc.sql("""
                    UPDATE order_lines SET sku = ?, category = ?, quantity = ?, unit_price = ?, discount = ?,
                           line_total = ?, seller_id = ?
                    WHERE order_id = ? AND line_no = ?""").params(values).update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO order_lines (sku, category, quantity, unit_price, discount, line_total, seller_id,
                                                 order_id, line_no)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
            }
        }
        jdbc.sql("DELETE FROM order_promotions WHERE order_id = ?")
                .param(recorded.id())
                .update();
        if (request.promotionCodes() != null) {
            for (String code : request.promotionCodes()) {
                jdbc.sql("INSERT INTO order_promotions (order_id, promotion_code) VALUES (?, ?)")
                        .params(recorded.id(), code)
                        .update();
            }
        }
    }

    private List<Integer> refundedLines(long orderId) {
        return jdbc.sql("SELECT DISTINCT line_no FROM refund_lines WHERE order_id = ?")
                .param(orderId)
                .query(Integer.class)
                .list();
    }

    private static Set<Integer> lineNumbers(OrderRequest request) {
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            numbers.add(OrderMath.lineNo(request.lines().get(i), i));
        }
        return numbers;
    }
}
