package dev.easel.consent;

import java.time.Instant;

/** Published when a data-subject request was answered (export delivered, data erased). Pseudonymous. */
public record DataSubjectRequestCompleted(
        long requestId, DataSubjectRequest.Type type, String customerKey, Instant completedAt, String completedBy) {}
