package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.OrderRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadHashTests {

    @Test
    void hashesTheSameOrderTheSameWhateverItsNumberAndTimeNotation() {
        OrderRequest order = Fixtures.order();
        OrderRequest sameInOtherNotation = new OrderRequest(
                "o-1",
                "web-1",
                "WEB",
                OffsetDateTime.parse("2025-09-01T08:15:00Z"),
                "EUR",
                "easel",
                List.of("BACK2SCHOOL"),
                List.of(
                        new OrderRequest.Line(
                                1, "PNT-001", "PAINTS", 2, new BigDecimal("12.5000"), new BigDecimal("5.00"), "easel"),
                        new OrderRequest.Line(
                                2, "BR-7", "BRUSHES", 1, new BigDecimal("8.00"), BigDecimal.ZERO, "brushworks")));

        assertThat(PayloadHash.of(sameInOtherNotation))
                .isEqualTo(PayloadHash.of(order))
                .hasSize(64);
    }

    @Test
    void hashesADifferentQuantityDifferently() {
        OrderRequest order = Fixtures.order();
        OrderRequest changed = new OrderRequest(
                "o-1",
                "web-1",
                "WEB",
                Fixtures.PLACED,
                "EUR",
                "easel",
                List.of("BACK2SCHOOL"),
                List.of(
                        order.lines().get(0),
                        new OrderRequest.Line(2, "BR-7", "BRUSHES", 2, new BigDecimal("8"), null, "brushworks")));

        assertThat(PayloadHash.of(changed)).isNotEqualTo(PayloadHash.of(order));
    }
}
