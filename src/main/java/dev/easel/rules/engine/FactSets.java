package dev.easel.rules.engine;

import dev.easel.rules.facts.ClvChange;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.EvaluationDate;
import dev.easel.rules.facts.Law;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.PurchaseHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The facts each rule set sees, built the same way for real evaluations and for the dry run. */
public final class FactSets {

    private FactSets() {}

    /** The customer, the law that applies to them that day, and their latest consent record per purpose. */
    public static List<Object> consent(LocalDate on, Customer customer, Law law, List<Consent> consents) {
        List<Object> facts = new ArrayList<>(consents.size() + 3);
        facts.add(new EvaluationDate(on));
        facts.add(customer);
        facts.add(law);
        facts.addAll(consents);
        return facts;
    }

    /** The orders, each of their lines as a fact of its own, and the customer's purchase history. */
    public static List<Object> adjustments(LocalDate on, Customer customer, List<Order> orders) {
        List<Object> facts = new ArrayList<>(orders.size() * 4 + 3);
        facts.add(new EvaluationDate(on));
        facts.add(customer);
        facts.add(PurchaseHistory.of(customer.customerKey(), orders, on));
        for (Order order : orders) {
            facts.add(order);
            facts.addAll(order.lines());
        }
        return facts;
    }

    public static List<Object> review(LocalDate on, ClvChange change) {
        return List.of(new EvaluationDate(on), change);
    }

    /** The change with what the customer said in surveys (facts of type {@code CustomerFeedback}). */
    public static List<Object> review(LocalDate on, ClvChange change, List<?> feedback) {
        List<Object> facts = new ArrayList<>(review(on, change));
        facts.addAll(feedback);
        return facts;
    }
}
