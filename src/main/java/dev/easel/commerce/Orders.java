package dev.easel.commerce;

import java.util.List;
import java.util.Optional;

/**
 * Orders and their refunds. Both are idempotent by source id: the same body again answers the recorded result
 * ({@code created = false}); a different body under the same id throws {@link DuplicateIdConflictException}.
 */
public interface Orders {

    /** Throws {@link InvalidRequestException} naming every bad field; publishes {@link OrderRecorded} when new. */
    OrderResult record(OrderRequest request);

    /**
     * Records several orders in one transaction, each as {@link #record} would, in the order sent. When any order is
     * bad nothing is stored: throws {@link InvalidRequestException} naming every bad field by its place in the batch
     * ({@code orders[3].lines[0].sku}), with status 409 when the only problems are ids recorded with other content.
     */
    OrderBatchResult recordAll(OrderBatchRequest batch);

    /**
     * Records the order, or, when its id is recorded with other content, books the new figures as an amendment of
     * the recorded order (same customer and currency; refunded lines kept; total not below what was refunded).
     * Publishes {@link OrderRecorded} with the figures the ledger now holds whenever something changed.
     */
    AmendmentResult amend(OrderRequest request);

    /** Throws {@link OrderNotFoundException} for an unknown order; publishes {@link RefundRecorded} when new. */
    RefundResult refund(String orderId, RefundRequest request);

    Optional<OrderDetails> find(String orderId);

    /** A customer's orders, oldest first. */
    List<OrderDetails> ofCustomer(String customerKey);
}
