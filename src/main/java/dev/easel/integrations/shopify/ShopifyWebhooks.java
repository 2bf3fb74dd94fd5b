package dev.easel.integrations.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.commerce.AmendmentResult;
import dev.easel.commerce.OrderDetails;
import dev.easel.commerce.OrderResult;
import dev.easel.commerce.Orders;
import dev.easel.commerce.RefundResult;
import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.Regulation;
import dev.easel.integrations.mapping.FirstPartySeller;
import dev.easel.integrations.mapping.LedgerCancellations;
import dev.easel.integrations.mapping.LedgerCustomers;
import dev.easel.integrations.shopify.ShopifyReceipt.Outcome;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * One verified webhook delivery into the ledger, in one transaction with the record of its delivery; a repeated
 * delivery changes nothing. A signed delivery is never refused: Shopify retries what fails and finally removes the
 * subscription, losing every later order and privacy request. What cannot be booked goes into the quarantine with
 * its reasons, in place of anything it would have stored, and waits there to be replayed or discarded by an admin.
 */
@Service
class ShopifyWebhooks {

    private static final Logger log = LoggerFactory.getLogger(ShopifyWebhooks.class);
    private static final String SOURCE = "shopify";
    private static final int MAX_WEBHOOK_ID = 100;
    private static final int MAX_TOPIC = 64;

    private final ShopifyStore store;
    private final ShopifyQuarantine quarantine;
    private final Orders orders;
    private final FirstPartySeller seller;
    private final LedgerCustomers customers;
    private final LedgerCancellations cancellations;
    private final DataSubjectRequests requests;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter quarantined;

    ShopifyWebhooks(
            ShopifyStore store,
            ShopifyQuarantine quarantine,
            Orders orders,
            FirstPartySeller seller,
            LedgerCustomers customers,
            LedgerCancellations cancellations,
            DataSubjectRequests requests,
            ObjectMapper json,
            TransactionTemplate transactions,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.quarantine = quarantine;
        this.orders = orders;
        this.seller = seller;
        this.customers = customers;
        this.cancellations = cancellations;
        this.requests = requests;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
        this.quarantined = Counter.builder("easel.shopify.quarantine.added")
                .description("Signed Shopify deliveries that could not be booked and were quarantined")
                .register(meters);
        Gauge.builder("easel.shopify.quarantine.open", quarantine, ShopifyQuarantine::open)
                .description("Shopify deliveries waiting in quarantine for a replay or a discard")
                .register(meters);
    }

    /** A delivery whose signature was verified: answered with a receipt, never refused. */
    ShopifyReceipt receive(String webhookId, String topicName, byte[] body) {
        FieldProblems problems = new FieldProblems();
        String id = webhookId == null || webhookId.isBlank() ? null : webhookId.trim();
        if (id == null || id.length() > MAX_WEBHOOK_ID) {
            problems.add("X-Shopify-Webhook-Id", "is required (at most " + MAX_WEBHOOK_ID + " characters)");
            id = null;
        }
        Optional<ShopifyTopic> topic = ShopifyTopic.of(topicName);
        if (topic.isEmpty()) {
            problems.add("X-Shopify-Topic", "must be one of " + ShopifyTopic.names());
        }
        JsonNode payload = parse(body, problems);
        String topicText = topic.map(ShopifyTopic::topicName).orElse(storedTopic(topicName));
        if (!problems.isEmpty()) {
            return toQuarantine(id, topicText, body, problems.list());
        }
        try {
            return book(id, topic.get(), payload);
        } catch (DuplicateKeyException concurrentRepeat) {
            if (store.delivered(id)) {
                return new ShopifyReceipt(id, topicText, Outcome.DUPLICATE_DELIVERY, null);
            }
            return toQuarantine(id, topicText, body, reasons(concurrentRepeat));
        } catch (RuntimeException refused) {
            if (!bookable(refused)) {
                throw refused;
            }
            return toQuarantine(id, topicText, body, reasons(refused));
        }
    }

    /**
     * Books a quarantined delivery again, as it was signed, with today's rules and mapping. Success removes its
     * payload and records who replayed it; a refusal keeps it quarantined with the new reasons.
     */
    QuarantinedDelivery replay(long quarantineId, String actor) {
        ShopifyQuarantine.Held held = held(quarantineId);
        FieldProblems problems = new FieldProblems();
        Optional<ShopifyTopic> topic = ShopifyTopic.of(held.topic());
        if (topic.isEmpty()) {
            problems.add("X-Shopify-Topic", "must be one of " + ShopifyTopic.names());
        }
        JsonNode payload = parse(held.payload(), problems);
        List<FieldProblem> refusal = problems.list();
        if (refusal.isEmpty()) {
            try {
                ShopifyReceipt receipt = transactions.execute(status -> {
                    // Locked and checked again: of two admins replaying at once, one books and the other is told.
                    held(quarantineId);
                    ShopifyReceipt booked = attempt(held, topic.get(), payload);
                    quarantine.resolve(
                            held.id(),
                            QuarantineState.REPLAYED,
                            booked.reference(),
                            actor,
                            clock.instant(),
                            booked.outcome().name());
                    return booked;
                });
                log.info(
                        "Replayed quarantined Shopify delivery {} ({}): {}",
                        held.id(),
                        held.topic(),
                        receipt.outcome());
                return quarantine.find(quarantineId).orElseThrow();
            } catch (NotQuarantinedException gone) {
                throw gone;
            } catch (RuntimeException refused) {
                if (!bookable(refused)) {
                    throw refused;
                }
                refusal = reasons(refused);
            }
        }
        List<FieldProblem> reasons = refusal;
        transactions.executeWithoutResult(status -> {
            held(quarantineId);
            quarantine.replayFailed(held.id(), reasons, actor, clock.instant());
        });
        log.info(
                "Replay of quarantined Shopify delivery {} ({}) refused again: fields {}",
                held.id(),
                held.topic(),
                fields(reasons));
        return quarantine.find(quarantineId).orElseThrow();
    }

    QuarantinedDelivery discard(long quarantineId, String actor, String reason) {
        transactions.executeWithoutResult(status -> {
            ShopifyQuarantine.Held held = held(quarantineId);
            quarantine.resolve(held.id(), QuarantineState.DISCARDED, null, actor, clock.instant(), reason);
            log.info("Discarded quarantined Shopify delivery {} ({})", held.id(), held.topic());
        });
        return quarantine.find(quarantineId).orElseThrow();
    }

    private ShopifyReceipt attempt(ShopifyQuarantine.Held held, ShopifyTopic topic, JsonNode payload) {
        if (topic.topicName().startsWith("orders/")) {
            seller.ensure();
        }
        return dispatch(held.webhookId(), topic, payload);
    }

    private ShopifyQuarantine.Held held(long quarantineId) {
        return quarantine.holdForUpdate(quarantineId).orElseThrow(() -> new NotQuarantinedException(quarantineId));
    }

    private ShopifyReceipt book(String webhookId, ShopifyTopic topic, JsonNode payload) {
        if (topic.topicName().startsWith("orders/")) {
            seller.ensure();
        }
        return transactions.execute(status -> {
            if (store.delivered(webhookId)) {
                return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.DUPLICATE_DELIVERY, null);
            }
            store.recordDelivery(webhookId, topic.topicName(), clock.instant());
            return dispatch(webhookId, topic, payload);
        });
    }

    /** In place of what the delivery would have stored: its record of delivery, and the quarantine entry. */
    private ShopifyReceipt toQuarantine(String webhookId, String topic, byte[] body, List<FieldProblem> reasons) {
        ShopifyReceipt receipt = transactions.execute(status -> {
            if (webhookId != null && store.delivered(webhookId)) {
                return new ShopifyReceipt(webhookId, topic, Outcome.DUPLICATE_DELIVERY, null);
            }
            if (webhookId != null) {
                store.recordDelivery(webhookId, topic == null ? "unrecognised" : topic, clock.instant());
            }
            long id = quarantine.add(webhookId, topic, body, reasons, customerKey(topic, body), clock.instant());
            return new ShopifyReceipt(webhookId, topic, Outcome.QUARANTINED, String.valueOf(id));
        });
        if (receipt.outcome() == Outcome.QUARANTINED) {
            quarantined.increment();
            // Field names only: a payload value (an email, an address) never reaches the log.
            log.warn(
                    "Quarantined Shopify delivery {} as entry {} ({}): fields {}",
                    loggable(webhookId),
                    receipt.reference(),
                    topic == null ? "unrecognised topic" : topic,
                    fields(reasons));
        }
        return receipt;
    }

    /** The key of the customer a payload names, when Easel knows them: the resource itself, or the one it nests. */
    private String customerKey(String topic, byte[] body) {
        JsonNode root = parse(body, new FieldProblems());
        if (root == null) {
            return null;
        }
        String shopifyId = ShopifyTopic.CUSTOMERS_CREATE.topicName().equals(topic)
                        || ShopifyTopic.CUSTOMERS_UPDATE.topicName().equals(topic)
                ? ShopifyJson.text(ShopifyJson.unwrap(root, "customer"), "id")
                : ShopifyJson.text(ShopifyJson.unwrap(root, "order").path("customer"), "id");
        return shopifyId == null ? null : customers.keyOf(ShopifyCustomerMapper.customerId(shopifyId));
    }

    /**
     * Refusals of the payload itself (bad or inconsistent fields, conflicts with the ledger, a constraint) and
     * mapping bugs are quarantined; a database that cannot be reached is not, so that Shopify retries later.
     */
    private static boolean bookable(RuntimeException refused) {
        return refused instanceof ErrorResponseException
                || refused instanceof DataIntegrityViolationException
                || !(refused instanceof DataAccessException || refused instanceof TransactionException);
    }

    private static List<FieldProblem> reasons(RuntimeException refused) {
        if (refused instanceof InvalidRequestException invalid
                && !invalid.problems().isEmpty()) {
            return invalid.problems();
        }
        if (refused instanceof ErrorResponseException response) {
            Object errors = response.getBody().getProperties() == null
                    ? null
                    : response.getBody().getProperties().get("errors");
            if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof FieldProblem) {
                return list.stream().map(FieldProblem.class::cast).toList();
            }
            return List.of(
                    FieldProblem.of("body", String.valueOf(response.getBody().getDetail())));
        }
        if (refused instanceof DataIntegrityViolationException) {
            return List.of(FieldProblem.of("body", "conflicts with what the ledger holds (a database constraint)"));
        }
        return List.of(FieldProblem.of(
                "body", "could not be mapped (" + refused.getClass().getSimpleName() + ")"));
    }

    private static String fields(List<FieldProblem> reasons) {
        return reasons.stream().map(FieldProblem::field).distinct().toList().toString();
    }

    private static String storedTopic(String topic) {
        return topic == null || topic.isBlank()
                ? null
                : topic.length() <= MAX_TOPIC ? topic : topic.substring(0, MAX_TOPIC);
    }

    private static String loggable(String webhookId) {
        return webhookId != null && webhookId.matches("[A-Za-z0-9._:-]{1,100}") ? webhookId : "without usable id";
    }

    /** 409: the entry is unknown, or was replayed or discarded already. */
    static final class NotQuarantinedException extends ErrorResponseException {

        NotQuarantinedException(long id) {
            super(HttpStatus.CONFLICT, problem(id), null);
        }

        private static ProblemDetail problem(long id) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT,
                    "Delivery " + id
                            + " is not waiting in quarantine (unknown, or already replayed or discarded); nothing changed.");
            problem.setTitle("Not in quarantine");
            return problem;
        }
    }

    private ShopifyReceipt dispatch(String webhookId, ShopifyTopic topic, JsonNode payload) {
        return switch (topic) {
            case ORDERS_CREATE, ORDERS_UPDATED -> order(webhookId, topic, ShopifyJson.unwrap(payload, "order"));
            case ORDERS_CANCELLED -> cancellation(webhookId, topic, ShopifyJson.unwrap(payload, "order"));
            case REFUNDS_CREATE -> refund(webhookId, topic, ShopifyJson.unwrap(payload, "refund"));
            case CUSTOMERS_CREATE, CUSTOMERS_UPDATE ->
                customer(webhookId, topic, ShopifyJson.unwrap(payload, "customer"));
            case CUSTOMERS_DATA_REQUEST -> privacy(webhookId, topic, payload, DataSubjectRequest.Type.ACCESS);
            case CUSTOMERS_REDACT -> privacy(webhookId, topic, payload, DataSubjectRequest.Type.ERASURE);
            case SHOP_REDACT -> shopRedact(webhookId, topic, payload);
        };
    }

    /** orders/create records; orders/updated books changed figures as an amendment of the recorded order. */
    private ShopifyReceipt order(String webhookId, ShopifyTopic topic, JsonNode payload) {
        ShopifyOrderMapper.MappedOrder mapped = ShopifyOrderMapper.map(payload, seller.id());
        if (topic == ShopifyTopic.ORDERS_UPDATED) {
            AmendmentResult result = amend(mapped);
            return new ShopifyReceipt(
                    webhookId,
                    topic.topicName(),
                    switch (result.outcome()) {
                        case RECORDED -> Outcome.RECORDED;
                        case AMENDED -> Outcome.AMENDED;
                        case UNCHANGED -> Outcome.UNCHANGED;
                    },
                    result.order().orderId());
        }
        OrderResult result = record(mapped);
        return new ShopifyReceipt(
                webhookId,
                topic.topicName(),
                result.created() ? Outcome.RECORDED : Outcome.UNCHANGED,
                result.orderId());
    }

    private OrderResult record(ShopifyOrderMapper.MappedOrder mapped) {
        customers.record(mapped.customer(), "customer.default_address.country_code");
        OrderResult result = orders.record(mapped.order());
        store.rememberLines(result.orderId(), mapped.lineItemIds());
        return result;
    }

    private AmendmentResult amend(ShopifyOrderMapper.MappedOrder mapped) {
        customers.record(mapped.customer(), "customer.default_address.country_code");
        AmendmentResult result = orders.amend(mapped.order());
        store.rememberLines(result.order().orderId(), mapped.lineItemIds());
        return result;
    }

    /** The order itself may not have reached Easel yet: it is recorded first, then cancelled. */
    private ShopifyReceipt cancellation(String webhookId, ShopifyTopic topic, JsonNode payload) {
        ShopifyOrderMapper.MappedOrder mapped = ShopifyOrderMapper.map(payload, seller.id());
        OrderResult result = amend(mapped).order();
        String reason = ShopifyJson.text(payload, "cancel_reason");
        FieldProblems problems = new FieldProblems();
        OffsetDateTime cancelledAt = ShopifyJson.time(payload, "cancelled_at", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    HttpStatus.UNPROCESSABLE_ENTITY, "The cancellation time is invalid.", problems.list());
        }
        boolean cancelled = cancellations.cancel(
                result.orderId(),
                "shopify:cancel:" + ShopifyJson.text(payload, "id"),
                "cancelled in Shopify" + (reason == null ? "" : " (" + reason + ")"),
                cancelledAt != null ? cancelledAt : mapped.order().placedAt());
        return new ShopifyReceipt(
                webhookId, topic.topicName(), cancelled ? Outcome.RECORDED : Outcome.UNCHANGED, result.orderId());
    }

    private ShopifyReceipt refund(String webhookId, ShopifyTopic topic, JsonNode payload) {
        String orderId = ShopifyOrderMapper.orderId(ShopifyJson.text(payload, "order_id"));
        OrderDetails order = orders.find(orderId).orElse(null);
        if (order == null) {
            throw refused(
                    "The refund's order is not known to Easel: send orders/create first.",
                    "order_id",
                    "is not a known order");
        }
        ShopifyRefundMapper.MappedRefund mapped =
                ShopifyRefundMapper.map(payload, store.lineNumbers(orderId), order.currency());
        RefundResult result = orders.refund(mapped.orderId(), mapped.refund());
        return new ShopifyReceipt(
                webhookId,
                topic.topicName(),
                result.created() ? Outcome.RECORDED : Outcome.UNCHANGED,
                result.refundId());
    }

    private ShopifyReceipt customer(String webhookId, ShopifyTopic topic, JsonNode payload) {
        if (ShopifyJson.text(payload, "id") == null) {
            throw refused("The customer has no id.", "id", "is required");
        }
        String key = customers.record(ShopifyCustomerMapper.map(payload, null), "default_address.country_code");
        return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.RECORDED, key);
    }

    /** Shopify does not say which law applies: the shorter deadline (GDPR, one month) is the safe one to track. */
    private ShopifyReceipt privacy(
            String webhookId, ShopifyTopic topic, JsonNode payload, DataSubjectRequest.Type type) {
        String shopifyId = ShopifyJson.text(payload.path("customer"), "id");
        if (shopifyId == null) {
            throw refused("The request names no customer.", "customer.id", "is required");
        }
        String sourceId = ShopifyCustomerMapper.customerId(shopifyId);
        DataSubjectRequest request = requests.open(type, Regulation.GDPR, customers.keyOf(sourceId), sourceId, SOURCE);
        return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.REQUEST_OPENED, String.valueOf(request.id()));
    }

    /** The shop uninstalled the app: one erasure request for the shop's data, for compliance to carry out. */
    private ShopifyReceipt shopRedact(String webhookId, ShopifyTopic topic, JsonNode payload) {
        String shopId = ShopifyJson.text(payload, "shop_id");
        if (shopId == null) {
            throw refused("The request names no shop.", "shop_id", "is required");
        }
        DataSubjectRequest request =
                requests.open(DataSubjectRequest.Type.ERASURE, Regulation.GDPR, null, "shopify-shop:" + shopId, SOURCE);
        return new ShopifyReceipt(webhookId, topic.topicName(), Outcome.REQUEST_OPENED, String.valueOf(request.id()));
    }

    private JsonNode parse(byte[] body, FieldProblems problems) {
        try {
            JsonNode root = json.readTree(body);
            if (root != null && root.isObject()) {
                return root;
            }
            problems.add("body", "must be a JSON object");
        } catch (IOException e) {
            problems.add("body", "must be valid JSON");
        }
        return null;
    }

    private static InvalidRequestException refused(String detail, String field, String message) {
        return new InvalidRequestException(
                HttpStatus.UNPROCESSABLE_ENTITY, detail, List.of(FieldProblem.of(field, message)));
    }
}
