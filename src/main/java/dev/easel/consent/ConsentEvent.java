package dev.easel.consent;

import java.time.Instant;

/**
 * One recorded consent event: what a regulator asks for (who, when, how, the wording and policy version shown, which
 * purpose) and who recorded it. Identified by the customer's pseudonymous key, never by contact data.
 *
 * @param signal         {@code GPC} when the event came from a Global Privacy Control signal, otherwise null
 * @param noticeVersion  the version (content hash) of the notices the customer read, when captured from them
 * @param noticeLanguage the language of the notice shown ({@code en}, {@code de}), when captured from them
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
        Instant recordedAt,
        String noticeVersion,
        String noticeLanguage) {

    /** An event captured without one of Easel's notices (the API, a file import, a signal). */
    public ConsentEvent(
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
        this(
                id,
                customerKey,
                purpose,
                status,
                lawfulBasis,
                capturedAt,
                source,
                policyVersion,
                wording,
                signal,
                recordedBy,
                recordedAt,
                null,
                null);
    }
}
