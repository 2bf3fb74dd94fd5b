package dev.easel.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** How each of a customer's orders counts toward CLV, and the flags raised on the way. */
public record AdjustmentDecision(String customerKey, List<OrderAdjustment> orders, List<RaisedFlag> flags) {

    public AdjustmentDecision {
        orders = List.copyOf(orders);
        flags = List.copyOf(flags);
    }

    /** The customer's historic value: the sum of every order's historic amount. */
    public BigDecimal historicValue() {
        return orders.stream().map(OrderAdjustment::historicAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<OrderAdjustment> order(String orderId) {
        return orders.stream().filter(order -> order.orderId().equals(orderId)).findFirst();
    }

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(flag -> flag.code().equals(code));
    }

    public boolean hasFlag(String code, String subject) {
        return flags.stream()
                .anyMatch(flag -> flag.code().equals(code) && flag.subject().equals(subject));
    }
}
