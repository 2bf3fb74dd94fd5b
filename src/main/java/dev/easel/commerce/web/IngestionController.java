package dev.easel.commerce.web;

import dev.easel.commerce.CustomerRecorded;
import dev.easel.commerce.CustomerRequest;
import dev.easel.commerce.Customers;
import dev.easel.commerce.OrderBatchRequest;
import dev.easel.commerce.OrderBatchResult;
import dev.easel.commerce.OrderRequest;
import dev.easel.commerce.OrderResult;
import dev.easel.commerce.Orders;
import dev.easel.commerce.PromotionRequest;
import dev.easel.commerce.Promotions;
import dev.easel.commerce.RefundRequest;
import dev.easel.commerce.RefundResult;
import dev.easel.commerce.SellerRequest;
import dev.easel.commerce.Sellers;
import dev.easel.commerce.Upserted;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ingestion one record at a time: 201 when something new was stored, 200 when it updated or repeated. */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('INGEST','ADMIN')")
class IngestionController {

    private final Customers customers;
    private final Sellers sellers;
    private final Promotions promotions;
    private final Orders orders;

    IngestionController(Customers customers, Sellers sellers, Promotions promotions, Orders orders) {
        this.customers = customers;
        this.sellers = sellers;
        this.promotions = promotions;
        this.orders = orders;
    }

    @PostMapping("/customers")
    public ResponseEntity<CustomerRecorded> customer(@RequestBody CustomerRequest request) {
        CustomerRecorded recorded = customers.record(request);
        return answer(recorded.outcome() == CustomerRecorded.Outcome.CREATED, recorded);
    }

    @PostMapping("/sellers")
    public ResponseEntity<Upserted> seller(@RequestBody SellerRequest request) {
        Upserted upserted = sellers.record(request);
        return answer(upserted.created(), upserted);
    }

    @PostMapping("/promotions")
    public ResponseEntity<Upserted> promotion(@RequestBody PromotionRequest request) {
        Upserted upserted = promotions.record(request);
        return answer(upserted.created(), upserted);
    }

    @PostMapping("/orders")
    public ResponseEntity<OrderResult> order(@RequestBody OrderRequest request) {
        OrderResult result = orders.record(request);
        return answer(result.created(), result);
    }

    /**
     * Many orders in one request and one transaction, for channels that collect them: all stored, or none when any
     * is bad (problem+json naming each bad field by its place, e.g. {@code orders[3].lines[0].sku}). 201 when any
     * order was new, 200 when every one repeated an order already recorded with the same body.
     */
    @PostMapping("/orders/batch")
    public ResponseEntity<OrderBatchResult> orders(@RequestBody OrderBatchRequest batch) {
        OrderBatchResult result = orders.recordAll(batch);
        return answer(result.anyCreated(), result);
    }

    @PostMapping("/orders/{orderId}/refunds")
    public ResponseEntity<RefundResult> refund(@PathVariable String orderId, @RequestBody RefundRequest request) {
        RefundResult result = orders.refund(orderId, request);
        return answer(result.created(), result);
    }

    private static <T> ResponseEntity<T> answer(boolean created, T body) {
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(body);
    }
}
