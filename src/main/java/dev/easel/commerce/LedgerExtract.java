package dev.easel.commerce;

import java.util.List;
import java.util.Map;

/** A chunk of customers and their orders, oldest order first per customer. */
public record LedgerExtract(List<LedgerCustomer> customers, Map<String, List<LedgerOrder>> ordersByCustomer) {

    public LedgerExtract {
        customers = List.copyOf(customers);
        ordersByCustomer = Map.copyOf(ordersByCustomer);
    }

    public List<LedgerOrder> orders(String customerKey) {
        return ordersByCustomer.getOrDefault(customerKey, List.of());
    }
}
