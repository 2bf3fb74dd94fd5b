package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an order must satisfy, field by field and across fields, before it enters the ledger. */
final class OrderRules {

    private OrderRules() {}

    static List<FieldProblem> validate(OrderRequest order, References references) {
        FieldProblems violations = new FieldProblems();
        violations.requiredText(order.orderId(), "orderId", 100);
        if (violations.required(order.customerId(), "customerId") && !references.customerKnown(order.customerId())) {
            violations.add("customerId", "is not a known customer: send the customer first");
        }
        if (violations.required(order.channel(), "channel")) {
            violations.oneOf(order.channel(), Codes.CHANNELS, "channel");
        }
        if (violations.required(order.placedAt(), "placedAt")) {
            references.dates().check(order.placedAt(), "placedAt", violations);
        }
        currency(order.currency(), "currency", references, violations);
        if (order.sellerId() != null && !references.sellerKnown(order.sellerId())) {
            violations.add("sellerId", "is not a known seller");
        }
        promotions(order.promotionCodes(), references, violations);
        lines(order, references, violations);
        if (violations.isEmpty() && OrderMath.total(order).compareTo(Money.MAX) > 0) {
            violations.add("lines", "add up to more than the ledger holds (" + Money.MAX.toPlainString() + ")");
        }
        return violations.list();
    }

    static void currency(String currency, String field, References references, FieldProblems violations) {
        if (violations.required(currency, field) && !references.currencyKnown(currency)) {
            violations.add(field, "must be an ISO 4217 currency code, e.g. EUR");
        }
    }

    private static void promotions(List<String> codes, References references, FieldProblems violations) {
        if (codes == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "promotionCodes[" + i + "]";
            String code = codes.get(i);
            if (!violations.required(code, field)) {
                continue;
            }
            if (!seen.add(code)) {
                violations.add(field, "repeats promotion " + code);
            } else if (!references.promotionKnown(code)) {
                violations.add(field, "is not a known promotion");
            }
        }
    }

    private static void lines(OrderRequest order, References references, FieldProblems violations) {
        List<OrderRequest.Line> lines = order.lines();
        if (lines == null || lines.isEmpty()) {
            violations.add("lines", "must contain at least one line");
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderRequest.Line line = lines.get(i);
            String prefix = "lines[" + i + "].";
            if (line == null) {
                violations.add("lines[" + i + "]", "is required");
                continue;
            }
            int lineNo = OrderMath.lineNo(line, i);
            if (lineNo < 1) {
                violations.add(prefix + "lineNo", "must be at least 1");
            } else if (!numbers.add(lineNo)) {
                violations.add(prefix + "lineNo", "repeats line " + lineNo);
            }
            violations.requiredText(line.sku(), prefix + "sku", 64);
            if (violations.required(line.category(), prefix + "category")) {
                violations.oneOf(line.category(), Codes.CATEGORIES, prefix + "category");
            }
            boolean quantity = violations.required(line.quantity(), prefix + "quantity");
            if (quantity && line.quantity() < 1) {
                violations.add(prefix + "quantity", "must be at least 1");
                quantity = false;
            }
            boolean price = violations.required(line.unitPrice(), prefix + "unitPrice")
                    && violations.money(line.unitPrice(), prefix + "unitPrice");
            boolean discount = line.discount() == null || violations.money(line.discount(), prefix + "discount");
            if (quantity
                    && price
                    && discount
                    && line.discount() != null
                    && line.discount().compareTo(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()))) > 0) {
                violations.add(prefix + "discount", "must not exceed the line amount (quantity x unitPrice)");
            }
            if (quantity && price && discount && OrderMath.lineTotal(line).compareTo(Money.MAX) > 0) {
                violations.add(
                        prefix + "quantity",
                        "times unitPrice is more than the ledger holds (" + Money.MAX.toPlainString() + ")");
            }
            String seller = OrderMath.lineSeller(order, line);
            if (seller == null) {
                violations.add(prefix + "sellerId", "is required when the order names no seller");
            } else if (line.sellerId() != null && !references.sellerKnown(line.sellerId())) {
                violations.add(prefix + "sellerId", "is not a known seller");
            }
        }
    }
}
