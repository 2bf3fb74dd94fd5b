package dev.easel.commerce;

/** What became of a customer request: a new customer, an update, or a new source id merged into a known customer. */
public record CustomerRecorded(String customerId, String customerKey, Outcome outcome) {

    public enum Outcome {
        CREATED,
        UPDATED,
        MERGED
    }
}
