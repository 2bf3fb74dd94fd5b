package dev.easel.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.shared.InvalidRequestException;
import dev.easel.testing.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PostgresIntegrationTest
@RecordApplicationEvents
class OrderAmendmentIT {

    private static final OffsetDateTime PLACED = OffsetDateTime.parse("2026-05-01T10:00:00Z");

    @Autowired
    Orders orders;

    @Autowired
    Customers customers;

    @Autowired
    Sellers sellers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aCustomerAndASeller() {
        sellers.record(new SellerRequest("amend-seller", "Amendment Supplies", "THIRD_PARTY", null, "NL", null));
        customers.record(
                new CustomerRequest("c-" + run, "INDIVIDUAL", "NL", null, null, null, null, null, null, null, "WEB"));
    }

    @Test
    void changedFiguresAreBookedAsAnAmendmentAndAnnouncedForRecalculation() {
        orders.record(order(2, 1));
        events.clear();

        AmendmentResult amended = orders.amend(order(3, 0));

        assertThat(amended.outcome()).isEqualTo(AmendmentResult.Outcome.AMENDED);
        assertThat(amended.order().total()).isEqualByComparingTo("37.50");
        assertThat(jdbc.sql("select count(*) from order_lines l join orders o on o.id = l.order_id "
                                + "where o.order_id = ?")
                        .param("o-" + run)
                        .query(Long.class)
                        .single())
                .as("line 2 removed")
                .isEqualTo(1);
        assertThat(events.stream(OrderRecorded.class)).singleElement().satisfies(event -> {
            assertThat(event.orderId()).isEqualTo("o-" + run);
            assertThat(event.total()).isEqualByComparingTo("37.50");
        });
        assertThat(jdbc.sql("select count(*) from order_amendments a join orders o on o.id = a.order_id "
                                + "where o.order_id = ?")
                        .param("o-" + run)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(orders.amend(order(3, 0)).outcome())
                .as("the same again")
                .isEqualTo(AmendmentResult.Outcome.UNCHANGED);
    }

    @Test
    void anAmendmentBelowWhatWasRefundedIsRefusedAndTheRecordedOrderStands() {
        orders.record(order(2, 1));
        orders.refund(
                "o-" + run,
                new RefundRequest(
                        "r-" + run, "REFUND", new BigDecimal("30.00"), "EUR", null, PLACED.plusDays(2), null));

        assertThatThrownBy(() -> orders.amend(order(1, 0)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting("field")
                                .contains("lines"));
        assertThat(orders.find("o-" + run).orElseThrow().total()).isEqualByComparingTo("35.00");
    }

    /** {@code paints} tubes at 12.50 and {@code brushes} brushes at 10.00. */
    private OrderRequest order(int paints, int brushes) {
        List<OrderRequest.Line> lines = new java.util.ArrayList<>();
        lines.add(new OrderRequest.Line(1, "ACR-1", "PAINTS", paints, new BigDecimal("12.50"), null, null));
        if (brushes > 0) {
            lines.add(new OrderRequest.Line(2, "BR-1", "BRUSHES", brushes, new BigDecimal("10.00"), null, null));
        }
        return new OrderRequest("o-" + run, "c-" + run, "WEB", PLACED, "EUR", "amend-seller", null, lines);
    }
}
