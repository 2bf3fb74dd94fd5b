package dev.easel.rules;

import dev.easel.rules.facts.AdjustmentDecision;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.Order;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** How does each of this customer's orders count toward CLV? Runs {@code rules/clv/}. */
public record AdjustmentEvaluation(LocalDate on, Customer customer, List<Order> orders)
        implements Evaluation<AdjustmentDecision> {

    public AdjustmentEvaluation {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(customer, "customer");
        orders = List.copyOf(orders);
    }
}
