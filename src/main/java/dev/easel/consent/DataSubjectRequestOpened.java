package dev.easel.consent;

import java.time.Instant;

/** Published when a data-subject request is received. Pseudonymous. */
public record DataSubjectRequestOpened(
        long requestId, DataSubjectRequest.Type type, Regulation regulation, String customerKey, Instant dueAt) {}
