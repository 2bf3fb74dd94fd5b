package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.RefundRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a canonical form of a request, so that the same order sent as JSON or as CSV, with 12.5 or 12.50,
 * with +02:00 or Z, hashes the same. Each value is length-prefixed, so no separator inside a value can fake another.
 */
final class PayloadHash {

    private PayloadHash() {}

    static String of(OrderRequest order) {
        Canonical canonical = new Canonical()
                .add(order.orderId())
                .add(order.customerId())
                .add(order.channel())
                .add(order.placedAt())
                .add(order.currency())
                .add(order.sellerId());
        List<String> promotions = order.promotionCodes() == null
                ? List.of()
                : order.promotionCodes().stream()
                        .sorted(Comparator.nullsFirst(Comparator.naturalOrder()))
                        .toList();
        canonical.add(promotions.size());
        promotions.forEach(canonical::add);
        List<OrderRequest.Line> lines = order.lines() == null ? List.of() : order.lines();
        canonical.add(lines.size());
        List<Object[]> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderRequest.Line line = lines.get(i);
            if (line != null) {
                numbered.add(new Object[] {OrderMath.lineNo(line, i), line});
            }
        }
        numbered.sort(Comparator.comparingInt(entry -> (Integer) entry[0]));
        for (Object[] entry : numbered) {
            OrderRequest.Line line = (OrderRequest.Line) entry[1];
            canonical
                    .add(entry[0])
                    .add(line.sku())
                    .add(line.category())
                    .add(line.quantity())
                    .add(line.unitPrice())
                    .add(line.discount() == null ? BigDecimal.ZERO : line.discount())
                    .add(OrderMath.lineSeller(order, line));
        }
        return canonical.sha256();
    }

    static String of(String orderId, RefundRequest refund) {
        Canonical canonical = new Canonical()
                .add(orderId)
                .add(refund.refundId())
                .add(refund.type())
                .add(refund.amount())
                .add(refund.currency())
                .add(refund.reason())
                .add(refund.occurredAt());
        List<RefundRequest.Line> lines = refund.lines() == null
                ? List.of()
                : refund.lines().stream()
                        .filter(line -> line != null)
                        .sorted(Comparator.comparing(
                                RefundRequest.Line::lineNo, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList();
        canonical.add(lines.size());
        lines.forEach(line -> canonical.add(line.lineNo()).add(line.quantity()).add(line.amount()));
        return canonical.sha256();
    }

    private static final class Canonical {

        private final StringBuilder text = new StringBuilder(256);

        Canonical add(Object value) {
            String form;
            if (value == null) {
                text.append("-;");
                return this;
            } else if (value instanceof BigDecimal decimal) {
                form = decimal.signum() == 0
                        ? "0"
                        : decimal.stripTrailingZeros().toPlainString();
            } else if (value instanceof OffsetDateTime time) {
                form = time.toInstant().toString();
            } else {
                form = value.toString();
            }
            text.append(form.length()).append(':').append(form).append(';');
            return this;
        }

        String sha256() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
            }
        }
    }
}
