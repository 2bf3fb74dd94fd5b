package dev.easel.commerce.ledger;

import dev.easel.commerce.AmendmentResult;
import dev.easel.commerce.DuplicateIdConflictException;
import dev.easel.commerce.OrderBatchRequest;
import dev.easel.commerce.OrderBatchResult;
import dev.easel.commerce.OrderDetails;
import dev.easel.commerce.OrderNotFoundException;
import dev.easel.commerce.OrderRecorded;
import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.OrderResult;
import dev.easel.commerce.Orders;
import dev.easel.commerce.RefundRecorded;
import dev.easel.commerce.RefundRequest;
import dev.easel.commerce.RefundResult;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.FieldProblems;
import dev.easel.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Orders and refunds one at a time (REST, webhooks), each in its own transaction. */
@Service
class OrderLedger implements Orders {

    private static final int SINGLE_REQUEST_CACHE = 64;

    /** Orders in one batch request: one transaction, one insert per table, an answer that stays small. */
    static final int MAX_BATCH = 500;

    private final LedgerQueries queries;
    private final LedgerWriter writer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final OrderReads reads;
    private final OrderAmendments amendments;

    OrderLedger(
            LedgerQueries queries,
            LedgerWriter writer,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            OrderReads reads,
            OrderAmendments amendments) {
        this.queries = queries;
        this.reads = reads;
        this.amendments = amendments;
        this.writer = writer;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public OrderResult record(OrderRequest request) {
        return onceMoreIfRaced(() -> transactions.execute(status -> recordOrder(request)));
    }

    @Override
    public OrderBatchResult recordAll(OrderBatchRequest batch) {
        List<OrderRequest> requests = batch == null || batch.orders() == null ? List.of() : batch.orders();
        if (requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw new InvalidRequestException(
                    List.of(FieldProblem.of("orders", "must hold 1 to " + MAX_BATCH + " orders")));
        }
        return onceMoreIfRaced(() -> transactions.execute(status -> recordBatch(requests)));
    }

    @Override
    public AmendmentResult amend(OrderRequest request) {
        return onceMoreIfRaced(() -> transactions.execute(status -> amendOrder(request)));
    }

    @Override
    public RefundResult refund(String orderId, RefundRequest request) {
        return onceMoreIfRaced(() -> transactions.execute(status -> recordRefund(orderId, request)));
    }

    @Override
    public Optional<OrderDetails> find(String orderId) {
        return reads.byOrderId(orderId).stream().findFirst();
    }

    @Override
    public List<OrderDetails> ofCustomer(String customerKey) {
        return reads.byCustomerKey(customerKey);
    }

    /** Two requests with the same new id at once: the loser's retry finds the winner's row and answers as a repeat. */
    private static <T> T onceMoreIfRaced(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (DuplicateKeyException raced) {
            return attempt.get();
        }
    }

    private OrderResult recordOrder(OrderRequest request) {
        String hash = PayloadHash.of(request);
        if (request.orderId() != null) {
            RecordedOrder recorded =
                    queries.recordedOrders(List.of(request.orderId())).get(request.orderId());
            if (recorded != null) {
                if (!recorded.payloadHash().equals(hash)) {
                    throw new DuplicateIdConflictException("order", request.orderId());
                }
                return new OrderResult(
                        recorded.orderId(),
                        recorded.customerKey(),
                        recorded.currency(),
                        Money.normal(recorded.total()),
                        false);
            }
        }
        ReferenceCache references = new ReferenceCache(queries, SINGLE_REQUEST_CACHE);
        references.preload(List.of(request));
        List<FieldProblem> violations = OrderRules.validate(request, references);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        CustomerRef customer = references.customer(request.customerId()).orElseThrow();
        BigDecimal total = OrderMath.total(request);
        writer.insertOrders(List.of(new NewOrder(request, customer, total, hash)));
        events.publishEvent(new OrderRecorded(
                customer.key(),
                request.orderId(),
                request.channel(),
                request.placedAt().toInstant(),
                request.currency(),
                Money.normal(total),
                request.lines().size()));
        return new OrderResult(request.orderId(), customer.key(), request.currency(), Money.normal(total), true);
    }

    /**
     * One round of look-ups for the whole batch, every order checked before anything is written, then one multi-row
     * insert per table; the events (and with them the hand-off rows) are written in the same transaction.
     */
    private OrderBatchResult recordBatch(List<OrderRequest> requests) {
        List<String> ids = requests.stream()
                .filter(Objects::nonNull)
                .map(OrderRequest::orderId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, RecordedOrder> recorded = queries.recordedOrders(ids);
        ReferenceCache references = new ReferenceCache(queries, Math.max(SINGLE_REQUEST_CACHE, requests.size()));
        references.preload(requests.stream().filter(Objects::nonNull).toList());
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> conflicts = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<OrderResult> results = new ArrayList<>(requests.size());
        List<NewOrder> fresh = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            OrderRequest request = requests.get(i);
            String at = "orders[" + i + "]";
            if (request == null) {
                invalid.add(FieldProblem.of(at, "is required"));
                continue;
            }
            if (request.orderId() != null) {
                Integer earlier = firstIndex.putIfAbsent(request.orderId(), i);
                if (earlier != null) {
                    invalid.add(FieldProblem.of(at + ".orderId", "repeats orders[" + earlier + "].orderId"));
                    continue;
                }
            }
            String hash = PayloadHash.of(request);
            RecordedOrder existing = request.orderId() == null ? null : recorded.get(request.orderId());
            if (existing != null) {
                if (existing.payloadHash().equals(hash)) {
                    results.add(new OrderResult(
                            existing.orderId(),
                            existing.customerKey(),
                            existing.currency(),
                            Money.normal(existing.total()),
                            false));
                } else {
                    conflicts.add(
                            FieldProblem.of(at + ".orderId", "is already recorded with a different body; not changed"));
                }
                continue;
            }
            List<FieldProblem> violations = OrderRules.validate(request, references);
            if (!violations.isEmpty()) {
                violations.forEach(
                        problem -> invalid.add(FieldProblem.of(at + "." + problem.field(), problem.message())));
                continue;
            }
            CustomerRef customer = references.customer(request.customerId()).orElseThrow();
            BigDecimal total = OrderMath.total(request);
            fresh.add(new NewOrder(request, customer, total, hash));
            results.add(
                    new OrderResult(request.orderId(), customer.key(), request.currency(), Money.normal(total), true));
        }
        if (!invalid.isEmpty()) {
            invalid.addAll(conflicts);
            throw new InvalidRequestException(invalid);
        }
        if (!conflicts.isEmpty()) {
            throw new InvalidRequestException(
                    HttpStatus.CONFLICT,
                    conflicts.size()
                            + " order id(s) of the batch are recorded with a different body; nothing was stored.",
                    conflicts);
        }
        writer.insertOrders(fresh);
        for (NewOrder order : fresh) {
            OrderRequest request = order.request();
            events.publishEvent(new OrderRecorded(
                    order.customer().key(),
                    request.orderId(),
                    request.channel(),
                    request.placedAt().toInstant(),
                    request.currency(),
                    Money.normal(order.total()),
                    request.lines().size()));
        }
        return new OrderBatchResult(results);
    }

    private AmendmentResult amendOrder(OrderRequest request) {
        OrderSnapshot recorded = request.orderId() == null
                ? null
                : queries.orderSnapshots(List.of(request.orderId()), true).get(request.orderId());
        if (recorded == null) {
            return new AmendmentResult(recordOrder(request), AmendmentResult.Outcome.RECORDED);
        }
        String hash = PayloadHash.of(request);
        String previousHash = queries.recordedOrders(List.of(request.orderId()))
                .get(request.orderId())
                .payloadHash();
        if (previousHash.equals(hash)) {
            return new AmendmentResult(
                    new OrderResult(
                            recorded.orderId(),
                            recorded.customerKey(),
                            recorded.currency(),
                            Money.normal(recorded.total()),
                            false),
                    AmendmentResult.Outcome.UNCHANGED);
        }
        ReferenceCache references = new ReferenceCache(queries, SINGLE_REQUEST_CACHE);
        references.preload(List.of(request));
        List<FieldProblem> violations = OrderRules.validate(request, references);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        CustomerRef customer = references.customer(request.customerId()).orElseThrow();
        BigDecimal total = OrderMath.total(request);
        FieldProblems refused = amendments.check(recorded, request, customer, total);
        if (!refused.isEmpty()) {
            throw new InvalidRequestException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "The amendment of order '" + request.orderId() + "' cannot be booked; the recorded order stands.",
                    refused.list());
        }
        amendments.book(recorded, previousHash, request, total, hash);
        events.publishEvent(new OrderRecorded(
                customer.key(),
                request.orderId(),
                request.channel(),
                request.placedAt().toInstant(),
                request.currency(),
                Money.normal(total),
                request.lines().size()));
        return new AmendmentResult(
                new OrderResult(request.orderId(), customer.key(), request.currency(), Money.normal(total), false),
                AmendmentResult.Outcome.AMENDED);
    }

    private RefundResult recordRefund(String orderId, RefundRequest request) {
        OrderSnapshot order = queries.orderSnapshots(List.of(orderId), true).get(orderId);
        if (order == null) {
            throw new OrderNotFoundException(orderId);
        }
        String hash = PayloadHash.of(orderId, request);
        if (request.refundId() != null) {
            RecordedRefund recorded =
                    queries.recordedRefunds(List.of(request.refundId())).get(request.refundId());
            if (recorded != null) {
                if (!recorded.payloadHash().equals(hash)) {
                    throw new DuplicateIdConflictException("refund", request.refundId());
                }
                return new RefundResult(
                        recorded.refundId(),
                        recorded.orderId(),
                        recorded.type(),
                        Money.normal(recorded.amount()),
                        recorded.currency(),
                        Money.normal(order.refundable()),
                        false);
            }
        }
        List<FieldProblem> violations = RefundRules.validate(request, order, new ReferenceCache(queries, 1));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        writer.insertRefunds(List.of(new NewRefund(request, order, hash)));
        events.publishEvent(new RefundRecorded(
                order.customerKey(),
                orderId,
                request.refundId(),
                request.type(),
                request.occurredAt().toInstant(),
                request.currency(),
                Money.normal(request.amount())));
        return new RefundResult(
                request.refundId(),
                orderId,
                request.type(),
                Money.normal(request.amount()),
                request.currency(),
                Money.normal(order.refundable().subtract(request.amount())),
                true);
    }
}
