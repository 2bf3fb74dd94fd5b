package dev.easel.integrations.shopify;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.commerce.OrderDetails;
import dev.easel.commerce.OrderResult;
import dev.easel.commerce.Orders;
import dev.easel.commerce.RefundResult;
import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.Regulation;
import dev.easel.integrations.mapping.LedgerCancellations;
import dev.easel.integrations.mapping.FirstPartySeller;
import dev.easel.integrations.mapping.LedgerCustomers;
import dev.easel.integrations.shopify.ShopifyReceipt.Outcome;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One verified webhook delivery into the ledger, in one transaction with the record of its delivery: a refused
 * payload leaves no trace (so Shopify's retry of a fixed payload is processed), and a repeated delivery changes
 * nothing.
 */
@Service
class ShopifyWebhooks {

    private static final String SOURCE = "shopify";

    private final ShopifyStore store;
    private final Orders orders;
    private final FirstPartySeller seller;
    private final LedgerCustomers customers;
    private final LedgerCancellations cancellations;
    private final DataSubjectRequests requests;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ShopifyWebhooks(ShopifyStore store, Orders orders, FirstPartySeller seller, LedgerCustomers customers,
            LedgerCancellations cancellations, DataSubjectRequests requests, ObjectMapper json,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.seller = seller;
        this.customers = customers;
        this.cancellations = cancellations;
        this.requests = requests;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    ShopifyReceipt receive(String webhookId, String topicName, byte[] body) {
        if (webhookId == null || webhookId.isBlank() || webhookId.length() > 100) {
            throw refused("The delivery has no usable webhook id.", "X-Shopify-Webhook-Id",
                    "is required (at most 100 characters)");
        }
        ShopifyTopic topic = ShopifyTopic.of(topicName).orElseThrow(() -> refused(
                "Easel does not subscribe to this topic; nothing was stored.", "X-Shopify-Topic",
                "must be one of orders/create, orders/updated, orders/cancelled, refunds/create, customers/create, "
                        + "customers/update, customers/data_request, customers/redact, shop/redact"));
        JsonNode payload = parse(body);
        if (topic.topicName().startsWith("orders/")) {
            seller.ensure();
        }
        try {
            return transactions.execute(status -> {
                if (store.delivered(webhookId)) {
                    return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.DUPLICATE_DELIVERY, null);
                }
                store.recordDelivery(webhookId, topic.topicName(), clock.instant());
                return dispatch(webhookId, topic, payload);
            });
        } catch (DuplicateKeyException concurrentRepeat) {
            if (store.delivered(webhookId)) {
                return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.DUPLICATE_DELIVERY, null);
            }
            throw concurrentRepeat;
        }
    }

    private ShopifyReceipt dispatch(String webhookId, ShopifyTopic topic, JsonNode payload) {
        return switch (topic) {
            case ORDERS_CREATE, ORDERS_UPDATED -> order(webhookId, topic, ShopifyJson.unwrap(payload, "order"));
            case ORDERS_CANCELLED -> cancellation(webhookId, topic, ShopifyJson.unwrap(payload, "order"));
            case REFUNDS_CREATE -> refund(webhookId, topic, ShopifyJson.unwrap(payload, "refund"));
            case CUSTOMERS_CREATE, CUSTOMERS_UPDATE -> customer(webhookId, topic,
                    ShopifyJson.unwrap(payload, "customer"));
            case CUSTOMERS_DATA_REQUEST -> privacy(webhookId, topic, payload, DataSubjectRequest.Type.ACCESS);
            case CUSTOMERS_REDACT -> privacy(webhookId, topic, payload, DataSubjectRequest.Type.ERASURE);
            case SHOP_REDACT -> shopRedact(webhookId, topic, payload);
        };
    }

    private ShopifyReceipt order(String webhookId, ShopifyTopic topic, JsonNode payload) {
        ShopifyOrderMapper.MappedOrder mapped = ShopifyOrderMapper.map(payload, seller.id());
        OrderResult result = record(mapped);
        return new ShopifyReceipt(webhookId, topic.topicName(), result.created() ? Outcome.RECORDED
                : Outcome.UNCHANGED, result.orderId());
    }

    private OrderResult record(ShopifyOrderMapper.MappedOrder mapped) {
        customers.record(mapped.customer(), "customer.default_address.country_code");
        OrderResult result = orders.record(mapped.order());
        store.rememberLines(result.orderId(), mapped.lineItemIds());
        return result;
    }

    /** The order itself may not have reached Easel yet: it is recorded first, then cancelled. */
    private ShopifyReceipt cancellation(String webhookId, ShopifyTopic topic, JsonNode payload) {
        ShopifyOrderMapper.MappedOrder mapped = ShopifyOrderMapper.map(payload, seller.id());
        OrderResult result = record(mapped);
        String reason = ShopifyJson.text(payload, "cancel_reason");
        FieldProblems problems = new FieldProblems();
        OffsetDateTime cancelledAt = ShopifyJson.time(payload, "cancelled_at", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "The cancellation time is invalid.",
                    problems.list());
        }
        boolean cancelled = cancellations.cancel(result.orderId(), "shopify:cancel:" + ShopifyJson.text(payload, "id"),
                "cancelled in Shopify" + (reason == null ? "" : " (" + reason + ")"),
                cancelledAt != null ? cancelledAt : mapped.order().placedAt());
        return new ShopifyReceipt(webhookId, topic.topicName(), cancelled || result.created() ? Outcome.RECORDED
                : Outcome.UNCHANGED, result.orderId());
    }

    private ShopifyReceipt refund(String webhookId, ShopifyTopic topic, JsonNode payload) {
        String orderId = ShopifyOrderMapper.orderId(ShopifyJson.text(payload, "order_id"));
        OrderDetails order = orders.find(orderId).orElse(null);
        ShopifyRefundMapper.MappedRefund mapped = ShopifyRefundMapper.map(payload, store.lineNumbers(orderId),
                order == null ? null : order.currency());
        if (order == null) {
            throw refused("The refund's order is not known to Easel: send orders/create first.", "order_id",
                    "is not a known order");
        }
        RefundResult result = orders.refund(mapped.orderId(), mapped.refund());
        return new ShopifyReceipt(webhookId, topic.topicName(), result.created() ? Outcome.RECORDED
                : Outcome.UNCHANGED, result.refundId());
    }

    private ShopifyReceipt customer(String webhookId, ShopifyTopic topic, JsonNode payload) {
        if (ShopifyJson.text(payload, "id") == null) {
            throw refused("The customer has no id.", "id", "is required");
        }
        String key = customers.record(ShopifyCustomerMapper.map(payload, null), "default_address.country_code");
        return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.RECORDED, key);
    }

    /** Shopify does not say which law applies: the shorter deadline (GDPR, one month) is the safe one to track. */
    private ShopifyReceipt privacy(String webhookId, ShopifyTopic topic, JsonNode payload,
            DataSubjectRequest.Type type) {
        String shopifyId = ShopifyJson.text(payload.path("customer"), "id");
        if (shopifyId == null) {
            throw refused("The request names no customer.", "customer.id", "is required");
        }
        String sourceId = ShopifyCustomerMapper.customerId(shopifyId);
        DataSubjectRequest request = requests.open(type, Regulation.GDPR, customers.keyOf(sourceId), sourceId,
                SOURCE);
        return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.REQUEST_OPENED, String.valueOf(request.id()));
    }

    /** The shop uninstalled the app: one erasure request for the shop's data, for compliance to carry out. */
    private ShopifyReceipt shopRedact(String webhookId, ShopifyTopic topic, JsonNode payload) {
        String shopId = ShopifyJson.text(payload, "shop_id");
        if (shopId == null) {
            throw refused("The request names no shop.", "shop_id", "is required");
        }
        DataSubjectRequest request = requests.open(DataSubjectRequest.Type.ERASURE, Regulation.GDPR, null,
                "shopify-shop:" + shopId, SOURCE);
        return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.REQUEST_OPENED, String.valueOf(request.id()));
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw refused("The body is not a JSON object.", "body", "must be a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw refused("The body is not valid JSON.", "body", "must be valid JSON");
        }
    }

    private static InvalidRequestException refused(String detail, String field, String message) {
        return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, detail,
                List.of(FieldProblem.of(field, message)));
    }
}
