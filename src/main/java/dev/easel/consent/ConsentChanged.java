package dev.easel.consent;

import java.time.Instant;

/** Published after a new consent event is stored. Pseudonymous: the customer key, never contact data. */
public record ConsentChanged(
        String customerKey,
        Purpose purpose,
        ConsentStatus status,
        LawfulBasis lawfulBasis,
        Instant capturedAt,
        String signal,
        String recordedBy) {

    public static ConsentChanged of(ConsentEvent stored) {
        return new ConsentChanged(
                stored.customerKey(),
                stored.purpose(),
                stored.status(),
                stored.lawfulBasis(),
                stored.capturedAt(),
                stored.signal(),
                stored.recordedBy());
    }
}
