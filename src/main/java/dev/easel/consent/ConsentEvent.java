package dev.easel.consent;

import java.time.Instant;

/**
 * One recorded consent event: what a regulator asks for (who, when, how, the wording and policy version shown, which
 * purpose) and who recorded it. Identified by the customer's pseudonymous key, never by contact data.
 *
 * @param signal {@code GPC} when the event came from a Global Privacy Control signal, otherwise null
 */
public record ConsentEvent(
        long id,
        String customerKey,
        Purpose purpose,
        ConsentStatus status,
        LawfulBasis lawfulBasis,
        Instant capturedAt,
        String source,
        String policyVersion,
        String wording,
        String signal,
        String recordedBy,
        Instant recordedAt) {
}
