package dev.easel.consent;

import java.time.Instant;

/**
 * An access or erasure request and its deadline. {@code customerKey} is null when the sender named someone Easel does
 * not know (the request is still tracked and answered); {@code subjectReference} is the sender's pseudonymous id.
 */
public record DataSubjectRequest(
        long id,
        Type type,
        Regulation regulation,
        String customerKey,
        String subjectReference,
        String source,
        Instant receivedAt,
        Instant dueAt,
        Status status,
        Instant completedAt,
        String completedBy) {

    public enum Type {
        ACCESS,
        ERASURE
    }

    public enum Status {
        OPEN,
        COMPLETED
    }
}
