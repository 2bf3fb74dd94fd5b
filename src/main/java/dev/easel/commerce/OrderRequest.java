package dev.easel.commerce;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order with its lines, identified by the source system's {@code orderId}. A line without {@code lineNo} is
 * numbered by its position; a line without {@code sellerId} is sold by the order's seller.
 */
public record OrderRequest(
        String orderId,
        String customerId,
        String channel,
        OffsetDateTime placedAt,
        String currency,
        String sellerId,
        List<String> promotionCodes,
        List<Line> lines) {

    public record Line(
            Integer lineNo,
            String sku,
            String category,
            Integer quantity,
            BigDecimal unitPrice,
            BigDecimal discount,
            String sellerId) {}
}
