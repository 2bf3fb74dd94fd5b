package dev.easel.integrations.klaviyo;

import java.time.Instant;

/** One customer's pending (or last sent) Klaviyo update. {@code properties} is JSON, null for a CLEAR. */
record OutboxEntry(String customerKey, Action action, String properties, long version, State state, int attempts,
        Instant nextAttemptAt, String lastError, Instant enqueuedAt, Instant sentAt) {

    enum Action { UPSERT, CLEAR }

    enum State { PENDING, SENT }
}
