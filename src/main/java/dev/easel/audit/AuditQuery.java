package dev.easel.audit;

import java.time.Instant;

/**
 * Which decision records to read: all filters optional; records come in chain order, after {@code afterId}, at most
 * {@code limit} of them (page on with the last id seen).
 */
public record AuditQuery(String customerKey, DecisionKind kind, Instant from, Instant to, long afterId, int limit) {

    public static final int MAX_LIMIT = 1_000;

    public AuditQuery {
        if (limit <= 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (afterId < 0) {
            throw new IllegalArgumentException("afterId must not be negative");
        }
    }
}
