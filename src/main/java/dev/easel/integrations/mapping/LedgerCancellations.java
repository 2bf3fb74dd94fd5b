package dev.easel.integrations.mapping;

import dev.easel.commerce.OrderDetails;
import dev.easel.commerce.OrderNotFoundException;
import dev.easel.commerce.Orders;
import dev.easel.commerce.RefundRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A cancellation arrives as "order X was cancelled", without an amount: the ledger books it as a CANCELLATION of what
 * of the order was not yet refunded. Nothing left to cancel is no change (a repeated cancellation).
 */
@Component
public class LedgerCancellations {

    private final Orders orders;

    LedgerCancellations(Orders orders) {
        this.orders = orders;
    }

    /** True when a cancellation was booked. */
    public boolean cancel(String orderId, String refundId, String reason, OffsetDateTime occurredAt) {
        OrderDetails order = orders.find(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        if (order.refundable().signum() <= 0) {
            return false;
        }
        return orders.refund(
                        orderId,
                        new RefundRequest(
                                refundId,
                                "CANCELLATION",
                                order.refundable(),
                                order.currency(),
                                reason,
                                occurredAt,
                                List.of()))
                .created();
    }
}
