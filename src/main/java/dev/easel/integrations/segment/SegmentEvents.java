package dev.easel.integrations.segment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.commerce.OrderDetails;
import dev.easel.commerce.OrderResult;
import dev.easel.commerce.Orders;
import dev.easel.commerce.RefundResult;
import dev.easel.integrations.mapping.FirstPartySeller;
import dev.easel.integrations.mapping.LedgerCancellations;
import dev.easel.integrations.mapping.LedgerCustomers;
import dev.easel.integrations.segment.SegmentReceipt.Outcome;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Identify, Order Completed, Order Refunded and Order Cancelled into the ledger, each in one transaction. */
@Service
class SegmentEvents {

    static final String ORDER_COMPLETED = "Order Completed";
    static final String ORDER_REFUNDED = "Order Refunded";
    static final String ORDER_CANCELLED = "Order Cancelled";

    private final LedgerCustomers customers;
    private final Orders orders;
    private final LedgerCancellations cancellations;
    private final FirstPartySeller seller;
    private final TransactionTemplate transactions;

    SegmentEvents(
            LedgerCustomers customers,
            Orders orders,
            LedgerCancellations cancellations,
            FirstPartySeller seller,
            TransactionTemplate transactions) {
        this.customers = customers;
        this.orders = orders;
        this.cancellations = cancellations;
        this.seller = seller;
        this.transactions = transactions;
    }

    SegmentReceipt receive(JsonNode message) {
        String type = SegmentMapper.text(message, "type");
        String event = SegmentMapper.text(message, "event");
        if ("identify".equals(type)) {
            return transactions.execute(status -> identify(message));
        }
        if (!"track".equals(type)) {
            throw refused("type", "must be identify or track");
        }
        if (!List.of(ORDER_COMPLETED, ORDER_REFUNDED, ORDER_CANCELLED).contains(event)) {
            throw refused(
                    "event", "must be one of " + ORDER_COMPLETED + ", " + ORDER_REFUNDED + ", " + ORDER_CANCELLED);
        }
        seller.ensure();
        return transactions.execute(status -> switch (event) {
            case ORDER_COMPLETED -> completed(message);
            case ORDER_REFUNDED -> refunded(message);
            default -> cancelled(message);
        });
    }

    private SegmentReceipt identify(JsonNode message) {
        String customerId = requireCustomer(message);
        String key = customers.record(
                SegmentMapper.customer(customerId, message.path("traits"), SegmentMapper.channel(message)),
                "traits.address.country");
        return new SegmentReceipt("identify", null, Outcome.RECORDED, key);
    }

    private SegmentReceipt completed(JsonNode message) {
        OrderResult result = record(message);
        return new SegmentReceipt(
                "track", ORDER_COMPLETED, result.created() ? Outcome.RECORDED : Outcome.UNCHANGED, result.orderId());
    }

    private SegmentReceipt refunded(JsonNode message) {
        OrderDetails order = knownOrder(message);
        RefundResult result = orders.refund(order.orderId(), SegmentMapper.refund(message, order));
        return new SegmentReceipt(
                "track", ORDER_REFUNDED, result.created() ? Outcome.RECORDED : Outcome.UNCHANGED, result.refundId());
    }

    /** The spec's Order Cancelled carries the whole order: one Easel has not seen is recorded, then cancelled. */
    private SegmentReceipt cancelled(JsonNode message) {
        String orderId = SegmentMapper.text(message.path("properties"), "order_id");
        if (orderId == null) {
            throw refused("properties.order_id", "is required");
        }
        boolean recorded = orders.find(orderId).isEmpty() && record(message).created();
        FieldProblems problems = new FieldProblems();
        OffsetDateTime at = SegmentMapper.timestamp(message, problems);
        SegmentMapper.refuseIfAny(problems, "The Segment cancellation lacks a valid timestamp.");
        boolean cancelled = cancellations.cancel(orderId, "segment:cancel:" + orderId, "cancelled (Segment)", at);
        return new SegmentReceipt(
                "track", ORDER_CANCELLED, recorded || cancelled ? Outcome.RECORDED : Outcome.UNCHANGED, orderId);
    }

    private OrderResult record(JsonNode message) {
        String customerId = requireCustomer(message);
        customers.record(
                SegmentMapper.customer(
                        customerId, message.path("context").path("traits"), SegmentMapper.channel(message)),
                "context.traits.address.country");
        return orders.record(SegmentMapper.order(message, customerId, seller.id()));
    }

    private OrderDetails knownOrder(JsonNode message) {
        String orderId = SegmentMapper.text(message.path("properties"), "order_id");
        if (orderId == null) {
            throw refused("properties.order_id", "is required");
        }
        return orders.find(orderId)
                .orElseThrow(() -> refused("properties.order_id", "is not a known order: send Order Completed first"));
    }

    private static String requireCustomer(JsonNode message) {
        String customerId = SegmentMapper.customerId(message);
        if (customerId == null) {
            throw refused("userId", "is required (or anonymousId)");
        }
        return customerId;
    }

    private static InvalidRequestException refused(String field, String message) {
        return new InvalidRequestException(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "The Segment message cannot be mapped to the ledger; nothing was stored.",
                List.of(FieldProblem.of(field, message)));
    }
}
