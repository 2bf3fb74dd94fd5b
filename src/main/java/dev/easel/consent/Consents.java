package dev.easel.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records consent events (append-only) and answers where customers stand. */
public interface Consents {

    /**
     * Stores a consent event and announces it. The same event sent again is answered with the stored one and changes
     * nothing. Throws {@link dev.easel.shared.InvalidRequestException} naming every bad field, or the unknown customer.
     */
    Recorded record(ConsentSubmission submission, String recordedBy);

    /**
     * A Global Privacy Control signal ({@code Sec-GPC: 1}) is an opt-out of sale and sharing: recorded once per
     * customer as marketing-sync OPTED_OUT with signal GPC. Later requests without the signal undo nothing.
     *
     * @return true when this signal was the customer's first
     */
    boolean recordGlobalPrivacyControl(String customerKey, String recordedBy);

    /**
     * Records what a customer chose themselves, on one of Easel's pages or components, with the notice they read. The
     * customer is named by key (the link they followed was issued for it); the basis is consent.
     */
    ConsentEvent recordCustomerChoice(CustomerChoice choice);

    Optional<ConsentEvent> find(long eventId);

    /** How many consent events are recorded, for all customers. */
    long count();

    List<ConsentEvent> history(String customerKey);

    ConsentStanding standing(String customerKey);

    /** Standings of many customers in one query; a customer with no events stands with no consent at all. */
    Map<String, ConsentStanding> standings(Collection<String> customerKeys);

    /**
     * Consents given on the basis of consent, still the latest event for their purpose, captured on or after
     * {@code from} and before {@code before} (UTC days): the ones whose renewal period ends in that window.
     */
    List<RenewalDue> renewalsDue(LocalDate from, LocalDate before);

    /** @param created false when the same event had been recorded before */
    record Recorded(ConsentEvent event, boolean created) {}
}
