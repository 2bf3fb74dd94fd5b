package dev.easel.consent;

import java.time.OffsetDateTime;

/**
 * A consent event as a channel sends it ({@code POST /api/consents}, consents.csv). Values arrive as text and are
 * checked by {@link ConsentValidation}, so that every bad field is named at once.
 *
 * @param customerId the source system's customer id (the customer must be known to Easel)
 * @param signal     {@code GPC} when a Global Privacy Control signal caused the event
 */
public record ConsentSubmission(
        String customerId,
        String purpose,
        String status,
        String lawfulBasis,
        OffsetDateTime capturedAt,
        String source,
        String policyVersion,
        String wording,
        String signal) {}
