package dev.easel.clv.model;

import java.time.LocalDate;
import java.util.Objects;

/** One purchase in a transaction log: who, on which day, for how much (after the adjustment rules). */
public record Transaction(String customerId, LocalDate date, double amount) {

    public Transaction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be finite: " + amount);
        }
    }
}
