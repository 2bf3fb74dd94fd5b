package dev.easel.commerce;

import java.util.List;

/** Each order's outcome, in the order sent: {@code created} false for an order already recorded with that body. */
public record OrderBatchResult(List<OrderResult> orders) {

    public boolean anyCreated() {
        return orders.stream().anyMatch(OrderResult::created);
    }
}
