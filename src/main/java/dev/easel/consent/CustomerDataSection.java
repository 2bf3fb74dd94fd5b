package dev.easel.consent;

/**
 * What another module holds on a customer, for access and erasure requests. Modules that keep customer data of their
 * own (CLV results, sync state) implement this, so that consent needs no dependency on them.
 */
public interface CustomerDataSection {

    /** The name of this section in an export, e.g. {@code clv}. */
    String name();

    /** Everything held on the customer, as JSON-ready values. */
    Object export(String customerKey);

    /** Deletes what is held on the customer, or keeps it only in pseudonymous form where law requires it kept. */
    void erase(String customerKey);
}
