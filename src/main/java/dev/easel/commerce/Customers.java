package dev.easel.commerce;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Customers and their identity across channels (see docs/identity-merge.md). */
public interface Customers {

    /** Creates, updates or merges by source id and normalised email; throws {@link dev.easel.shared.InvalidRequestException}. */
    CustomerRecorded record(CustomerRequest request);

    Optional<CustomerDetails> find(String customerKey);

    /** The pseudonymous keys of the customers these source-system ids belong to; unknown ids are left out. */
    Map<String, String> keysBySourceIds(Collection<String> customerIds);

    /** How many customers the ledger holds. */
    long count();

    /**
     * Erases a customer's personal data (contact details), keeping the pseudonymous customer, their source ids and
     * orders for bookkeeping. Returns false when there was nothing to erase.
     */
    boolean erasePersonalData(String customerKey);

    /**
     * Holds the customer's row until the caller's transaction ends, so that decisions about one customer (a consent
     * being recorded, a CLV being published) happen one after the other, never interleaved. Must run in the
     * caller's transaction; an unknown key holds nothing.
     */
    void holdForDecision(String customerKey);
}
