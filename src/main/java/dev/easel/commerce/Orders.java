package dev.easel.commerce;

/**
 * Orders and their refunds. Both are idempotent by source id: the same body again answers the recorded result
 * ({@code created = false}); a different body under the same id throws {@link DuplicateIdConflictException}.
 */
public interface Orders {

    /** Throws {@link InvalidRequestException} naming every bad field; publishes {@link OrderRecorded} when new. */
    OrderResult record(OrderRequest request);

    /** Throws {@link OrderNotFoundException} for an unknown order; publishes {@link RefundRecorded} when new. */
    RefundResult refund(String orderId, RefundRequest request);
}
