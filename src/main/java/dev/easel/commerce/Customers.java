package dev.easel.commerce;

import java.util.Optional;

/** Customers and their identity across channels (see docs/identity-merge.md). */
public interface Customers {

    /** Creates, updates or merges by source id and normalised email; throws {@link InvalidRequestException}. */
    CustomerRecorded record(CustomerRequest request);

    Optional<CustomerDetails> find(String customerKey);
}
