package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.OrderRequest;
import dev.easel.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRulesTests {

    @Test
    void acceptsAValidOrder() {
        assertThat(OrderRules.validate(Fixtures.order(), Fixtures.KNOWN)).isEmpty();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        OrderRequest order = new OrderRequest(
                null,
                "web-1",
                "FAX",
                null,
                "EURO",
                null,
                null,
                List.of(new OrderRequest.Line(1, "", "GLITTER", 0, new BigDecimal("-1"), null, null)));

        assertThat(OrderRules.validate(order, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "orderId",
                        "channel",
                        "placedAt",
                        "currency",
                        "lines[0].sku",
                        "lines[0].category",
                        "lines[0].quantity",
                        "lines[0].unitPrice",
                        "lines[0].sellerId");
    }

    @Test
    void refusesDatesOutsideTheWindowAndTotalsTheLedgerCannotHold() {
        OrderRequest old = new OrderRequest(
                "o-3",
                "web-1",
                "WEB",
                java.time.OffsetDateTime.parse("1900-01-01T00:00Z"),
                "EUR",
                "easel",
                null,
                List.of(new OrderRequest.Line(1, "P", "PAPER", 1, BigDecimal.ONE, null, null)));
        OrderRequest future = new OrderRequest(
                "o-4",
                "web-1",
                "WEB",
                java.time.OffsetDateTime.now().plusDays(3),
                "EUR",
                "easel",
                null,
                List.of(new OrderRequest.Line(1, "P", "PAPER", 1, BigDecimal.ONE, null, null)));
        OrderRequest huge = new OrderRequest(
                "o-5",
                "web-1",
                "WEB",
                Fixtures.PLACED,
                "EUR",
                "easel",
                null,
                List.of(new OrderRequest.Line(1, "P", "PAPER", 1000, new BigDecimal("9999999999"), null, null)));
        OrderRequest nul = new OrderRequest(
                "o-6",
                "web-1",
                "WEB",
                Fixtures.PLACED,
                "EUR",
                "easel",
                null,
                List.of(new OrderRequest.Line(1, "P\u0000", "PAPER", 1, BigDecimal.ONE, null, null)));

        assertThat(OrderRules.validate(old, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("placedAt");
        assertThat(OrderRules.validate(future, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("placedAt");
        assertThat(OrderRules.validate(huge, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("lines[0].quantity");
        assertThat(OrderRules.validate(nul, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("lines[0].sku");
    }

    @Test
    void rejectsUnknownCustomerSellerPromotionAndCurrency() {
        OrderRequest order = new OrderRequest(
                "o-2",
                "app-9",
                "APP",
                Fixtures.PLACED,
                "XYZ",
                "nobody",
                List.of("SUMMER"),
                List.of(new OrderRequest.Line(1, "P", "PAPER", 1, BigDecimal.ONE, null, "ghost")));

        assertThat(OrderRules.validate(order, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "customerId", "currency", "sellerId", "promotionCodes[0]", "lines[0].sellerId");
    }

    @Test
    void rejectsLineDiscountAboveLineAmount() {
        OrderRequest order = withLine(
                new OrderRequest.Line(1, "C", "CANVAS", 2, new BigDecimal("10"), new BigDecimal("20.01"), null));

        assertThat(OrderRules.validate(order, Fixtures.KNOWN))
                .containsExactly(
                        FieldProblem.of("lines[0].discount", "must not exceed the line amount (quantity x unitPrice)"));
    }

    @Test
    void acceptsDiscountOfTheWholeLine() {
        OrderRequest order =
                withLine(new OrderRequest.Line(1, "C", "CANVAS", 2, new BigDecimal("10"), new BigDecimal("20"), null));

        assertThat(OrderRules.validate(order, Fixtures.KNOWN)).isEmpty();
    }

    @Test
    void rejectsMoneyWithMoreThanFourDecimals() {
        OrderRequest order =
                withLine(new OrderRequest.Line(1, "C", "CANVAS", 1, new BigDecimal("1.00001"), null, null));

        assertThat(OrderRules.validate(order, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("lines[0].unitPrice");
    }

    @Test
    void rejectsRepeatedLineNumbersAndAnOrderWithoutLines() {
        OrderRequest repeated = new OrderRequest(
                "o-3",
                "web-1",
                "WEB",
                Fixtures.PLACED,
                "EUR",
                "easel",
                null,
                List.of(
                        new OrderRequest.Line(1, "A", "KITS", 1, BigDecimal.ONE, null, null),
                        new OrderRequest.Line(1, "B", "KITS", 1, BigDecimal.ONE, null, null)));
        OrderRequest empty = new OrderRequest("o-4", "web-1", "WEB", Fixtures.PLACED, "EUR", "easel", null, List.of());

        assertThat(OrderRules.validate(repeated, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("lines[1].lineNo");
        assertThat(OrderRules.validate(empty, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("lines");
    }

    @Test
    void totalsLinesAfterDiscount() {
        assertThat(OrderMath.total(Fixtures.order())).isEqualByComparingTo("28");
    }

    private static OrderRequest withLine(OrderRequest.Line line) {
        return new OrderRequest("o-5", "web-1", "STORE", Fixtures.PLACED, "EUR", "easel", null, List.of(line));
    }
}
