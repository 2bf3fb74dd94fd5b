package dev.easel.integrations.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.OrderDetails;
import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.RefundRequest;
import dev.easel.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMapperTests {

    private final ObjectMapper json = new ObjectMapper();

    private static final String ORDER_COMPLETED = """
            {"type": "track", "event": "Order Completed", "userId": "u-42", "messageId": "m-1",
             "timestamp": "2026-05-01T10:00:00Z", "context": {"channel": "mobile"},
             "properties": {"order_id": "o-9", "currency": "eur", "discount": 5, "shipping": 3.5, "tax": 9.5,
                            "revenue": 45, "subtotal": 45, "total": 58,
                            "products": [{"product_id": "p1", "sku": "WC-12", "category": "Watercolour", "price": 20,
                                          "quantity": 2},
                                         {"product_id": "p2", "category": "Sketchbooks", "price": "10.00"}]}}
            """;

    @Test
    void mapsOrderCompletedOntoALedgerOrderWithTheDiscountSpreadOverTheLines() throws Exception {
        OrderRequest order = SegmentMapper.order(json.readTree(ORDER_COMPLETED), "u-42", "easel");

        assertThat(order.orderId()).isEqualTo("o-9");
        assertThat(order.customerId()).isEqualTo("u-42");
        assertThat(order.channel()).isEqualTo("APP");
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.lines()).extracting(OrderRequest.Line::sku).containsExactly("WC-12", "p2");
        assertThat(order.lines()).extracting(OrderRequest.Line::category).containsExactly("PAINTS", "PAPER");
        assertThat(order.lines()).extracting(OrderRequest.Line::quantity).containsExactly(2, 1);
        assertThat(order.lines())
                .extracting(OrderRequest.Line::discount)
                .containsExactly(new BigDecimal("4.00"), new BigDecimal("1.00"));
    }

    @Test
    void refusesAnOrderWhoseTotalDoesNotMatchItsProducts() throws Exception {
        JsonNode message = json.readTree(ORDER_COMPLETED.replace("\"total\": 58", "\"total\": 60"));

        assertThatThrownBy(() -> SegmentMapper.order(message, "u-42", "easel"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting("field")
                                .containsExactly("properties.total"));
    }

    @Test
    void refusesProductsGivenAsAnObjectWith400NamingTheField() throws Exception {
        JsonNode message = json.readTree(ORDER_COMPLETED
                .replaceFirst("\"products\": \\[", "\"products\": {\"list\": [")
                .replace("\"price\": \"10.00\"}]}}", "\"price\": \"10.00\"}]}}}"));

        assertThatThrownBy(() -> SegmentMapper.order(message, "u-42", "easel"))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(400);
                    assertThat(refused.problems()).extracting("field").containsExactly("properties.products");
                });
    }

    @Test
    void refusesRefundedProductsGivenAsAnObject() throws Exception {
        JsonNode message = json.readTree("""
                {"type": "track", "event": "Order Refunded", "messageId": "m-2", "timestamp": "2026-05-02T10:00:00Z",
                 "properties": {"order_id": "o-9", "total": 10, "products": {"sku": "WC-12"}}}
                """);

        assertThatThrownBy(() -> SegmentMapper.refund(message, null))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting("field")
                                .containsExactly("properties.products"));
    }

    @Test
    void readsIdentifyTraitsAsACustomerWithAnIsoRegion() throws Exception {
        JsonNode message = json.readTree("""
                {"type": "identify", "userId": "u-42", "traits": {"email": "ada@example.com", "firstName": "Ada",
                 "lastName": "Lovelace", "birthday": "1990-12-10",
                 "address": {"street": "1 Main St", "city": "Austin", "postalCode": "78701", "country": "us",
                             "state": "TX"}}}
                """);

        CustomerRequest customer = SegmentMapper.customer(
                SegmentMapper.customerId(message), message.path("traits"), SegmentMapper.channel(message));

        assertThat(customer)
                .isEqualTo(new CustomerRequest(
                        "u-42",
                        null,
                        "US",
                        "US-TX",
                        1990,
                        "ada@example.com",
                        "Ada Lovelace",
                        "1 Main St",
                        "Austin",
                        "78701",
                        "WEB"));
    }

    @Test
    void mapsOrderRefundedProductsOntoTheOrdersLinesBySku() throws Exception {
        OrderDetails order = new OrderDetails(
                "o-9",
                "cus_1",
                "WEB",
                Instant.parse("2026-05-01T10:00:00Z"),
                "EUR",
                "easel",
                new BigDecimal("45"),
                BigDecimal.ZERO,
                List.of(
                        new OrderDetails.Line(
                                1,
                                "WC-12",
                                "PAINTS",
                                2,
                                new BigDecimal("20"),
                                new BigDecimal("4"),
                                new BigDecimal("36"),
                                "easel"),
                        new OrderDetails.Line(
                                2,
                                "p2",
                                "PAPER",
                                1,
                                new BigDecimal("10"),
                                BigDecimal.ONE,
                                new BigDecimal("9"),
                                "easel")),
                List.of());
        JsonNode message = json.readTree("""
                {"type": "track", "event": "Order Refunded", "userId": "u-42", "messageId": "m-2",
                 "timestamp": "2026-05-03T10:00:00Z",
                 "properties": {"order_id": "o-9", "total": 9, "products": [{"sku": "p2", "price": 9}]}}
                """);

        RefundRequest refund = SegmentMapper.refund(message, order);

        assertThat(refund.refundId()).isEqualTo("segment:m-2");
        assertThat(refund.amount()).isEqualByComparingTo("9");
        assertThat(refund.currency()).isEqualTo("EUR");
        assertThat(refund.lines()).containsExactly(new RefundRequest.Line(2, 1, new BigDecimal("9")));
    }
}
