package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import java.math.BigDecimal;

/** The derived values of an order: effective line numbers and sellers, line totals, the order total. */
final class OrderMath {

    private OrderMath() {}

    static int lineNo(OrderRequest.Line line, int index) {
        return line.lineNo() != null ? line.lineNo() : index + 1;
    }

    static String lineSeller(OrderRequest order, OrderRequest.Line line) {
        return line.sellerId() != null ? line.sellerId() : order.sellerId();
    }

    static BigDecimal discount(OrderRequest.Line line) {
        return line.discount() == null ? BigDecimal.ZERO : line.discount();
    }

    static BigDecimal lineTotal(OrderRequest.Line line) {
        return line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())).subtract(discount(line));
    }

    static BigDecimal total(OrderRequest order) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderRequest.Line line : order.lines()) {
            total = total.add(lineTotal(line));
        }
        return total;
    }
}
