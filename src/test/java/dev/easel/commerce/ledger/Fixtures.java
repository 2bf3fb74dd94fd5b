package dev.easel.commerce.ledger;

import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.RefundRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Requests and references for the fast tests: one valid example of each, to be spoilt field by field. */
final class Fixtures {

    static final OffsetDateTime PLACED = OffsetDateTime.parse("2025-09-01T10:15:00+02:00");

    static final References KNOWN = new References() {
        @Override
        public boolean currencyKnown(String code) {
            return Set.of("EUR", "USD", "GBP").contains(code);
        }

        @Override
        public boolean customerKnown(String customerId) {
            return "web-1".equals(customerId);
        }

        @Override
        public boolean sellerKnown(String sellerId) {
            return Set.of("easel", "brushworks").contains(sellerId);
        }

        @Override
        public boolean promotionKnown(String code) {
            return "BACK2SCHOOL".equals(code);
        }
    };

    private Fixtures() {}

    static OrderRequest order() {
        return new OrderRequest(
                "o-1",
                "web-1",
                "WEB",
                PLACED,
                "EUR",
                "easel",
                List.of("BACK2SCHOOL"),
                List.of(
                        new OrderRequest.Line(
                                1, "PNT-001", "PAINTS", 2, new BigDecimal("12.50"), new BigDecimal("5"), null),
                        new OrderRequest.Line(2, "BR-7", "BRUSHES", 1, new BigDecimal("8"), null, "brushworks")));
    }

    static OrderSnapshot recordedOrder() {
        return new OrderSnapshot(
                1,
                "o-1",
                "cus_x",
                "EUR",
                PLACED,
                new BigDecimal("28.0000"),
                new BigDecimal("10.0000"),
                Map.of(
                        1, new OrderSnapshot.Line(2, new BigDecimal("20.0000")),
                        2, new OrderSnapshot.Line(1, new BigDecimal("8.0000"))));
    }

    static RefundRequest refund(BigDecimal amount, List<RefundRequest.Line> lines) {
        return new RefundRequest("r-1", "RETURN", amount, "EUR", "damaged tube", PLACED.plusDays(3), lines);
    }
}
