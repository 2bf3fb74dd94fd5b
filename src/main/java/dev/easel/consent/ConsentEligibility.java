package dev.easel.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The one consent gate: may these customers' data be used for a purpose on a day? CLV profiling and the Klaviyo sync
 * both ask here, so that both see the same facts (the latest record per purpose, a Global Privacy Control signal
 * marked the same way) and the same rules, and the law that applies comes from the jurisdiction table in the rules.
 */
public interface ConsentEligibility {

    /**
     * Decides for many customers at once (two queries for the lot). Customers Easel does not know are left out of
     * the answer; the others come in the ledger's order.
     */
    Map<String, EligibilityVerdict> decide(Collection<String> customerKeys, Purpose purpose, LocalDate on);

    /** One customer; empty for a customer Easel does not know. */
    Optional<EligibilityVerdict> decide(String customerKey, Purpose purpose, LocalDate on);

    /** False for a customer Easel does not know: no data is used without an answer. */
    boolean allows(String customerKey, Purpose purpose, LocalDate on);
}
