package dev.easel.rules.facts;

import java.util.Objects;

/**
 * What a rule inserts to point something out without changing a number, for example {@code SERIAL_RETURNER} on a
 * customer or {@code SELLER_JURISDICTION_MISMATCH} on a line.
 *
 * @param subject the customer key, order id or line reference ({@code orderId#lineNo}) flagged
 */
public record Flag(String code, String subject) {

    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
    }

    public static Flag onCustomer(Customer customer, String code) {
        return new Flag(code, customer.customerKey());
    }

    public static Flag onOrder(Order order, String code) {
        return new Flag(code, order.orderId());
    }

    public static Flag onLine(OrderLine line, String code) {
        return new Flag(code, line.getReference());
    }
}
