package dev.easel.consent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Access (a portable export of everything Easel holds on a customer) and erasure. Each answers the customer's open
 * requests of its kind; one made directly through the API is recorded as a request and answered at once, so that
 * every answer is on record against its deadline.
 */
public interface DataSubjectRights {

    /** Throws {@link dev.easel.commerce.CustomerNotFoundException} for an unknown key. */
    Map<String, Object> export(String customerKey, Regulation regulation, String by);

    /**
     * The copy a customer downloads once compliance has answered their access request: the same contents as
     * {@link #export}, without answering anything again. Empty while no access request of theirs is completed.
     */
    Optional<Map<String, Object>> completedCopy(String customerKey);

    /**
     * Erases the customer's personal data and every module's section; orders stay as pseudonymous bookkeeping
     * records, consent events as the pseudonymous evidence of what the customer agreed to.
     */
    Erasure erase(String customerKey, Regulation regulation, String by);

    /** @param sections the modules' sections that were erased */
    record Erasure(String customerKey, boolean personalDataErased, List<String> sections, Instant erasedAt) {}
}
