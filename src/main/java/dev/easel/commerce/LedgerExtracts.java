package dev.easel.commerce;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Set-based reads of the ledger for CLV: a chunk of customers with their orders in a handful of queries, and every
 * customer key page by page. Pseudonymous keys and numbers only: no personal data leaves through here.
 */
public interface LedgerExtracts {

    /**
     * The customers of a chunk with their orders placed up to {@code until} (inclusive) and the money given back on
     * them up to the same instant. Unknown keys are left out.
     */
    LedgerExtract extract(Collection<String> customerKeys, Instant until);

    /** The customers of a chunk without their orders, in key order; unknown keys are left out. */
    List<LedgerCustomer> customers(Collection<String> customerKeys);

    /** Up to {@code limit} customer keys after {@code afterKey} (null: from the first), in key order. */
    List<String> customerKeys(String afterKey, int limit);
}
